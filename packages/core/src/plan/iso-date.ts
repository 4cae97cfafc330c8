import { z } from "zod";
import { isSupportedYear } from "../validation/input-bounds.ts";

/**
 * Calendar dates are ISO strings (YYYY-MM-DD) everywhere in core. Core has no clock: callers
 * pass `today` in the same format. Arithmetic is done in UTC so time zones cannot shift a day.
 * Years lie in 1900–2999 (validation/input-bounds.ts): the database refuses the year 0000.
 */
export const IsoDateSchema = z.iso
  .date({ error: "plan.error.invalidDate" })
  .refine((date) => isSupportedYear(Number(date.slice(0, 4))), { error: "plan.error.invalidDate" });
export type IsoDate = z.infer<typeof IsoDateSchema>;

const DAY_MS = 86_400_000;

function toUtcDays(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toUtcDays(to) - toUtcDays(from);
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date((toUtcDays(date) + days) * DAY_MS).toISOString().slice(0, 10);
}
