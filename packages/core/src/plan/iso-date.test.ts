import { describe, expect, test } from "vitest";
import { addDays, daysBetween, IsoDateSchema } from "./iso-date.ts";

describe("IsoDateSchema", () => {
  const cases: [string, boolean][] = [
    ["2026-03-01", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["1.3.2026", false],
    ["2026-03-01T10:00:00Z", false],
  ];
  test.each(cases)("%s valid: %s", (value, valid) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(valid);
  });

  test("uses a message key as error", () => {
    expect(IsoDateSchema.safeParse("x").error?.issues[0]?.message).toBe("plan.error.invalidDate");
  });
});

describe("date arithmetic", () => {
  const cases: [string, string, number][] = [
    ["2026-01-01", "2026-03-01", 59],
    ["2026-03-01", "2026-01-01", -59],
    ["2024-02-28", "2024-03-01", 2],
    ["2026-03-29", "2026-03-30", 1],
  ];
  test.each(cases)("%s → %s is %i days", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });
});
