import { describe, expect, it } from "vitest";
import { createRequestLimits, isExpensive } from "./request-limits.ts";

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 10, 0, seconds));

describe("createRequestLimits", () => {
  it("allows the limit per key and minute, then refuses until the window has passed", () => {
    const limits = createRequestLimits({ login: 3, expensive: 1 });
    expect([0, 1, 2, 3].map((s) => limits.hit("login", "a@demo.test", at(s)))).toEqual([true, true, true, false]);
    expect(limits.hit("login", "b@demo.test", at(4))).toBe(true);
    expect(limits.hit("expensive", "a@demo.test", at(4))).toBe(true);
    expect(limits.hit("expensive", "a@demo.test", at(5))).toBe(false);
    expect(limits.hit("login", "a@demo.test", at(60))).toBe(true);
  });
});

describe("isExpensive", () => {
  it.each([
    ["indicators.programme", true],
    ["indicators.funder", true],
    ["clients.subjectAccessExport", true],
    ["clients.get", false],
    ["plans.addAction", false],
  ])("%s → %s", (path, expected) => {
    expect(isExpensive(path)).toBe(expected);
  });
});
