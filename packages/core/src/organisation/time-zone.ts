import { z } from "zod";

/**
 * An organisation's time zone (issue 17): "today", deadlines and the dates a caseworker sees
 * follow the organisation's clock, not the server's UTC. A woman met at 00:30 in Rome on the
 * 1st was met on the 1st, although it is still the 31st in UTC. IANA names only ("Europe/Rome").
 */
export const DEFAULT_TIME_ZONE = "UTC";

/** True for a time zone name the runtime knows (IANA, e.g. "Europe/Berlin", or "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string()
  .trim()
  .max(64, { error: "organisation.error.timeZone" })
  .refine(isTimeZone, { error: "organisation.error.timeZone" });

/** The calendar date (YYYY-MM-DD) of the instant `now` on the clocks of `timeZone`. */
export function localDateIn(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The hour (0–23) on the organisation's clock at `now`: morning jobs wait for its morning. */
export function localHourIn(now: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" })
    .formatToParts(now)
    .find((p) => p.type === "hour")?.value;
  return Number(hour);
}
