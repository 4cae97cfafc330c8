import { describe, expect, it } from "vitest";
import { sameSitePath } from "./same-site-path.server.ts";

const REQUEST = "https://gesim.example/session/keep-alive";

describe("sameSitePath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(sameSitePath("/clients/abc/plan?tab=goals", REQUEST)).toBe("/clients/abc/plan?tab=goals");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "https://evil.example/",
    "evil",
    "",
    null,
    42,
    // Issue 14, item 6: dot segments that resolve to a path starting with two slashes.
    "/.//evil.example",
    "/././/evil.example/x?y",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "///evil.example",
  ])("refuses %s", (value) => {
    expect(sameSitePath(value, REQUEST)).toBe("/");
  });
});
