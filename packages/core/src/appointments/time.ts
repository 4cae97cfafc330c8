import { addDays, daysBetween } from "../plan/iso-date.ts";

/**
 * Wall-clock arithmetic for appointments. Dates and times are entered on the organisation's clock
 * (ADR 016); calendars outside the app need UTC instants.
 */

function offsetMinutesAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant of `date` at `time` ("HH:MM") on the clocks of `timeZone`. A time skipped when the
 * clocks go forward resolves to the same wall time on the new offset (one hour later).
 */
export function instantIn(date: string, time: string, timeZone: string): Date {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const wall = Date.parse(`${date}T00:00:00Z`) + (hours * 60 + minutes) * 60_000;
  const wallOffset = offsetMinutesAt(wall, timeZone);
  const first = wall - wallOffset * 60_000;
  const firstOffset = offsetMinutesAt(first, timeZone);
  return new Date(firstOffset === wallOffset ? first : wall - firstOffset * 60_000);
}

/** Minutes from the start of the epoch day of `date` at `time`: comparable within one time zone. */
export function wallMinutes(date: string, time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return daysBetween("1970-01-01", date) * 1440 + hours * 60 + minutes;
}

/** The ISO week ("2026-W49") of a date. */
export function isoWeekOf(date: string): string {
  const day = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const thursday = addDays(date, 3 - day);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

const ISO_WEEK = /^([0-9]{4})-W([0-9]{2})$/;

/** The Monday of an ISO week ("2026-W49" → "2026-11-30"), or null for anything else. */
export function mondayOfIsoWeek(week: string): string | null {
  const match = ISO_WEEK.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (year < 1900 || year > 2999 || number < 1) return null;
  const jan4 = `${year}-01-04`;
  const jan4Day = (new Date(`${jan4}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(jan4, (number - 1) * 7 - jan4Day);
  return isoWeekOf(monday) === week ? monday : null;
}
