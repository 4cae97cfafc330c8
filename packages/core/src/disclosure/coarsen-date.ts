import { z } from "zod";
import { IsoDateSchema } from "../plan/iso-date.ts";

/**
 * Funder outputs never carry exact dates (domain.md §7.2 "Funders"). Dates are coarsened to a
 * month ("2026-03") or a quarter ("2026-Q1"). Input dates are ISO calendar dates (YYYY-MM-DD).
 * Periods, like dates, lie in the years 1900–2999 (validation/input-bounds.ts).
 */
export const MonthSchema = z
  .string()
  .regex(/^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/, { error: "disclosure.error.invalidPeriod" });
export const QuarterSchema = z.string().regex(/^(19|2\d)\d{2}-Q[1-4]$/, { error: "disclosure.error.invalidPeriod" });
export const YearSchema = z.string().regex(/^(19|2\d)\d{2}$/, { error: "disclosure.error.invalidPeriod" });
/** Any coarse period a funder output may contain. */
export const CoarsePeriodSchema = z.union([YearSchema, QuarterSchema, MonthSchema]);
export type Month = string;
export type Quarter = string;
export type DateGranularity = "month" | "quarter";

function parts(date: string): { readonly year: number; readonly month: number } {
  const iso = IsoDateSchema.parse(date);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** "2026-03-17" → "2026-03". */
export function toMonth(date: string): Month {
  const { year, month } = parts(date);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** "2026-03-17" → "2026-Q1". */
export function toQuarter(date: string): Quarter {
  const { year, month } = parts(date);
  return `${pad(year, 4)}-Q${Math.ceil(month / 3)}`;
}

export function coarsenDate(date: string, granularity: DateGranularity): string {
  return granularity === "month" ? toMonth(date) : toQuarter(date);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last calendar day (inclusive) of a quarter: "2026-Q1" → 2026-01-01 … 2026-03-31. */
export function quarterRange(quarter: Quarter): { readonly from: string; readonly to: string } {
  const q = QuarterSchema.parse(quarter);
  const year = Number(q.slice(0, 4));
  const first = (Number(q.slice(6)) - 1) * 3 + 1;
  const last = first + 2;
  return {
    from: `${pad(year, 4)}-${pad(first, 2)}-01`,
    to: `${pad(year, 4)}-${pad(last, 2)}-${pad(lastDayOfMonth(year, last), 2)}`,
  };
}

/** First and last calendar day (inclusive) of a month: "2024-02" → 2024-02-01 … 2024-02-29. */
export function monthRange(month: Month): { readonly from: string; readonly to: string } {
  const m = MonthSchema.parse(month);
  const year = Number(m.slice(0, 4));
  const mm = Number(m.slice(5, 7));
  return { from: `${m}-01`, to: `${m}-${pad(lastDayOfMonth(year, mm), 2)}` };
}

/** The quarter before `quarter`: "2026-Q1" → "2025-Q4". */
export function previousQuarter(quarter: Quarter): Quarter {
  const q = QuarterSchema.parse(quarter);
  const year = Number(q.slice(0, 4));
  const n = Number(q.slice(6));
  return n === 1 ? `${pad(year - 1, 4)}-Q4` : `${pad(year, 4)}-Q${n - 1}`;
}

/**
 * The most recent quarter that has fully ended before `today`. Today's own quarter is never
 * complete, even on its last day (the day is not over yet): "2026-03-31" → "2025-Q4".
 */
export function latestCompleteQuarter(today: string): Quarter {
  return previousQuarter(toQuarter(today));
}
