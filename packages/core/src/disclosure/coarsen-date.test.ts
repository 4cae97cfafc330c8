import { describe, expect, it } from "vitest";
import {
  CoarsePeriodSchema,
  coarsenDate,
  latestCompleteQuarter,
  monthRange,
  previousQuarter,
  quarterRange,
  toMonth,
  toQuarter,
} from "./coarsen-date.ts";

describe("coarsenDate", () => {
  it.each([
    ["2026-01-01", "2026-01", "2026-Q1"],
    ["2026-03-31", "2026-03", "2026-Q1"],
    ["2026-04-01", "2026-04", "2026-Q2"],
    ["2026-09-30", "2026-09", "2026-Q3"],
    ["2026-12-31", "2026-12", "2026-Q4"],
  ])("%s → %s, %s", (date, month, quarter) => {
    expect(toMonth(date)).toBe(month);
    expect(toQuarter(date)).toBe(quarter);
    expect(coarsenDate(date, "month")).toBe(month);
    expect(coarsenDate(date, "quarter")).toBe(quarter);
  });

  it("refuses what is not an ISO date", () => {
    expect(() => toMonth("2026-13-01")).toThrow();
    expect(() => toQuarter("17/03/2026")).toThrow();
  });
});

describe("ranges", () => {
  it.each([
    ["2026-Q1", "2026-01-01", "2026-03-31"],
    ["2026-Q2", "2026-04-01", "2026-06-30"],
    ["2026-Q3", "2026-07-01", "2026-09-30"],
    ["2026-Q4", "2026-10-01", "2026-12-31"],
  ])("%s is %s … %s", (quarter, from, to) => {
    expect(quarterRange(quarter)).toEqual({ from, to });
  });

  it("knows leap years", () => {
    expect(monthRange("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthRange("2026-02")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });

  it("refuses malformed quarters", () => {
    expect(() => quarterRange("2026-Q5")).toThrow("disclosure.error.invalidPeriod");
  });
});

describe("latestCompleteQuarter", () => {
  it.each([
    ["2026-05-10", "2026-Q1"],
    ["2026-04-01", "2026-Q1"],
    ["2026-03-31", "2025-Q4"],
    ["2026-01-01", "2025-Q4"],
  ])("on %s it is %s", (today, expected) => {
    expect(latestCompleteQuarter(today)).toBe(expected);
    expect(previousQuarter("2026-Q1")).toBe("2025-Q4");
  });
});

describe("CoarsePeriodSchema", () => {
  it.each(["2026", "2026-Q3", "2026-11"])("accepts %s", (p) =>
    expect(CoarsePeriodSchema.safeParse(p).success).toBe(true),
  );
  it.each(["2026-11-03", "2026-Q0", "2026-00", "March 2026"])("refuses %s", (p) =>
    expect(CoarsePeriodSchema.safeParse(p).success).toBe(false),
  );
});
