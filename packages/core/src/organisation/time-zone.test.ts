import { describe, expect, test } from "vitest";
import { isTimeZone, localDateIn, localHourIn, TimeZoneSchema } from "./time-zone.ts";

describe("localDateIn", () => {
  test.each([
    // 23:30 UTC on 31 December is already New Year's Day in Rome (UTC+1) …
    ["2026-12-31T23:30:00Z", "Europe/Rome", "2027-01-01"],
    ["2026-12-31T23:30:00Z", "UTC", "2026-12-31"],
    // … and 00:30 UTC is still the previous day in New York (UTC−5).
    ["2027-01-01T00:30:00Z", "America/New_York", "2026-12-31"],
    // Summer time: Berlin is UTC+2, so 22:00 UTC is midnight.
    ["2026-07-14T21:59:59Z", "Europe/Berlin", "2026-07-14"],
    ["2026-07-14T22:00:00Z", "Europe/Berlin", "2026-07-15"],
    // A leap day.
    ["2028-02-28T23:00:00Z", "Europe/Berlin", "2028-02-29"],
  ])("%s in %s is %s", (instant, zone, date) => {
    expect(localDateIn(new Date(instant), zone)).toBe(date);
  });
});

describe("TimeZoneSchema", () => {
  test.each(["Europe/Berlin", "Europe/Rome", "UTC", "America/Argentina/Buenos_Aires"])("accepts %s", (zone) => {
    expect(TimeZoneSchema.parse(zone)).toBe(zone);
  });
  test.each(["Mars/Olympus", "", "Europe/Berlin\u0000", "../etc/passwd", "x".repeat(65)])("refuses %j", (zone) => {
    expect(isTimeZone(zone)).toBe(false);
    const result = TimeZoneSchema.safeParse(zone);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("organisation.error.timeZone");
  });
});

describe("localHourIn", () => {
  test.each([
    ["2026-11-23T12:00:00Z", "Pacific/Auckland", 1],
    ["2026-11-23T06:30:00Z", "Europe/Berlin", 7],
    ["2026-07-01T06:30:00Z", "Europe/Berlin", 8],
    ["2026-11-23T00:00:00Z", "UTC", 0],
    ["2026-11-23T23:59:00Z", "UTC", 23],
  ])("%s in %s is hour %i", (instant, zone, hour) => {
    expect(localHourIn(new Date(instant), zone)).toBe(hour);
  });
});
