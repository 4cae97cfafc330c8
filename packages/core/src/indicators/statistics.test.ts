import { describe, expect, it } from "vitest";
import { median, nearestRank, percentOf, wholeMonthsBetween } from "./statistics.ts";

describe("nearestRank (= PostgreSQL percentile_disc)", () => {
  it("uses the lower middle value as median", () => {
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeNull();
  });
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 91, 10],
    [[10, 20], 0, 10],
    [[10, 20], 100, 20],
    [Array.from({ length: 30 }, (_, i) => i + 1), 90, 27],
  ])("%j p%i → %i", (values, p, expected) => {
    expect(nearestRank(values, p)).toBe(expected);
  });
  it("refuses a non-integer percent", () => {
    expect(() => nearestRank([1], 0.9)).toThrow();
  });
});

describe("percentOf and wholeMonthsBetween", () => {
  it("rounds to one decimal", () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(0, 0)).toBeNull();
  });
  it.each([
    ["2026-01-31", "2026-02-28", 0],
    ["2026-01-31", "2026-03-01", 1],
    ["2025-03-15", "2026-03-15", 12],
    ["2025-03-15", "2026-03-14", 11],
  ])("%s → %s = %i months", (a, b, n) => {
    expect(wholeMonthsBetween(a, b)).toBe(n);
  });
});
