import { describe, expect, it } from "vitest";
import { recallSearch, rememberSearch } from "./search-keys.server.ts";

describe("search keys", () => {
  it("give the term back to the same session only, and only for 15 minutes", () => {
    const now = Date.UTC(2026, 11, 3, 9, 0, 0);
    const key = rememberSearch("Umbel", "session-a", now);
    expect(key).not.toContain("Umbel");
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(recallSearch(key, "session-a", now + 60_000)).toBe("Umbel");
    expect(recallSearch(key, "session-b", now + 60_000)).toBeNull();
    expect(recallSearch(key, "session-a", now + 15 * 60_000)).toBeNull();
    expect(recallSearch("unknown", "session-a", now)).toBeNull();
    expect(rememberSearch("Umbel", "session-a", now)).not.toBe(key);
  });
});
