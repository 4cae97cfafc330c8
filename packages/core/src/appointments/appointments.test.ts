import { describe, expect, it } from "vitest";
import { AppointmentFieldsSchema } from "./appointment.ts";
import { type AppointmentTiming, appointmentsOverlap, findAppointmentConflicts } from "./conflicts.ts";
import { instantIn, isoWeekOf, mondayOfIsoWeek } from "./time.ts";

const base: AppointmentTiming = {
  id: "a",
  clientId: "her",
  date: "2026-12-10",
  startTime: "10:00",
  durationMinutes: 60,
  status: "scheduled",
  interpreterBooked: null,
};
const at = (over: Partial<AppointmentTiming>): AppointmentTiming => ({ ...base, ...over });

describe("appointment fields", () => {
  const valid = {
    kind: "legal",
    date: "2026-12-10",
    startTime: "09:30",
    durationMinutes: 90,
    mode: "in-person",
    place: "Court, room 3",
    interpreter: { language: "ro", gender: "woman", mode: "in-person", booked: false },
  };

  it("accepts a legal appointment with an interpreter, and defaults attendees and childcare", () => {
    const parsed = AppointmentFieldsSchema.parse(valid);
    expect(parsed.attendeeUserIds).toEqual([]);
    expect(parsed.childcareNeeded).toBe(false);
  });

  it.each([
    [{ startTime: "24:00" }, "startTime", "appointment.error.startTime"],
    [{ startTime: "9:30" }, "startTime", "appointment.error.startTime"],
    [{ durationMinutes: 4 }, "durationMinutes", "appointment.error.duration"],
    [{ durationMinutes: 721 }, "durationMinutes", "appointment.error.duration"],
    [{ place: "x".repeat(301) }, "place", "appointment.error.place"],
    [{ mode: "phone" }, "place", "appointment.error.placeOnlyInPerson"],
    [{ date: "2026-02-30" }, "date", "plan.error.invalidDate"],
  ])("refuses %o with a message on %s", (change, path, message) => {
    const result = AppointmentFieldsSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: [path], message }));
  });

  it("refuses an interpreter language that is not a language tag (no room for a name)", () => {
    const result = AppointmentFieldsSchema.safeParse({
      ...valid,
      interpreter: { ...valid.interpreter, language: "Maria Popescu" },
    });
    expect(result.success).toBe(false);
  });
});

describe("appointment conflicts", () => {
  it.each([
    ["the same hour", at({ id: "b" }), true],
    ["starting as the first ends", at({ id: "b", startTime: "11:00" }), false],
    ["starting a minute before the first ends", at({ id: "b", startTime: "10:59" }), true],
    ["the day after", at({ id: "b", date: "2026-12-11" }), false],
    [
      "over midnight into the next day",
      at({ id: "b", date: "2026-12-09", startTime: "23:30", durationMinutes: 660 }),
      true,
    ],
  ])("%s: overlap is %s", (_name, other, expected) => {
    expect(appointmentsOverlap(base, other)).toBe(expected);
    expect(appointmentsOverlap(other, base)).toBe(expected);
  });

  it("finds two overlapping appointments of hers, not of two different women, not cancelled ones", () => {
    const list = [
      base,
      at({ id: "b", startTime: "10:30" }),
      at({ id: "c", clientId: "another", startTime: "10:30" }),
      at({ id: "d", startTime: "10:15", status: "cancelled" }),
    ];
    expect(findAppointmentConflicts(list, "2026-12-01")).toEqual([
      { kind: "overlap", clientId: "her", appointmentIds: ["a", "b"], date: "2026-12-10" },
    ]);
  });

  it.each([
    ["three days before", "2026-12-07", false],
    ["two days before", "2026-12-08", true],
    ["on the day", "2026-12-10", true],
    ["the day after (past)", "2026-12-11", false],
  ])("an interpreter not booked, %s: conflict is %s", (_name, today, expected) => {
    const conflicts = findAppointmentConflicts([at({ interpreterBooked: false })], today);
    expect(conflicts.some((c) => c.kind === "interpreter-not-booked")).toBe(expected);
  });

  it("a booked interpreter, or none needed, is no conflict", () => {
    expect(
      findAppointmentConflicts([at({ interpreterBooked: true }), at({ id: "z", date: "2026-12-20" })], "2026-12-09"),
    ).toEqual([]);
  });

  it("past overlaps are left alone", () => {
    expect(findAppointmentConflicts([base, at({ id: "b" })], "2026-12-11")).toEqual([]);
  });
});

describe("appointment time", () => {
  it.each([
    ["2026-12-10", "10:00", "Europe/Rome", "2026-12-10T09:00:00.000Z"],
    ["2026-07-10", "10:00", "Europe/Rome", "2026-07-10T08:00:00.000Z"],
    ["2026-12-10", "00:30", "Europe/Berlin", "2026-12-09T23:30:00.000Z"],
    ["2026-12-10", "10:00", "UTC", "2026-12-10T10:00:00.000Z"],
    ["2026-12-10", "10:00", "America/New_York", "2026-12-10T15:00:00.000Z"],
    // the clocks go forward at 02:00 on 29 March 2026 in Rome: 02:30 does not exist, read as 03:30
    ["2026-03-29", "02:30", "Europe/Rome", "2026-03-29T01:30:00.000Z"],
    ["2026-03-29", "03:30", "Europe/Rome", "2026-03-29T01:30:00.000Z"],
  ])("%s %s in %s is %s", (date, time, zone, iso) => {
    expect(instantIn(date, time, zone).toISOString()).toBe(iso);
  });

  it.each([
    ["2026-12-03", "2026-W49"],
    ["2026-01-01", "2026-W01"],
    ["2027-01-01", "2026-W53"],
    ["2024-12-30", "2025-W01"],
  ])("%s is in %s", (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it.each([
    ["2026-W49", "2026-11-30"],
    ["2026-W01", "2025-12-29"],
    ["2026-W53", "2026-12-28"],
    ["2025-W53", null],
    ["2026-W00", null],
    ["2026-49", null],
    ["0000-W01", null],
  ])("week %s starts on %s", (week, monday) => {
    expect(mondayOfIsoWeek(week)).toBe(monday);
  });
});
