import { z } from "zod";

/**
 * Bounds of what the database holds, for every input schema (ADR 005): a value outside them is
 * bad input (400), never a database error (500).
 * - Integers: PostgreSQL `integer` (int4) is −2³¹ … 2³¹−1; zod's `z.int()` allows ±2⁵³.
 * - Dates: the years 1900–2999. PostgreSQL refuses the year 0000, and no date in a woman's
 *   case history or plan lies outside this range.
 * - Text: no NUL (PostgreSQL text cannot hold U+0000) and no lone UTF-16 surrogate (it is not
 *   valid Unicode and cannot be stored as UTF-8).
 */
export const INT4_MAX = 2_147_483_647;
export const INT4_MIN = -2_147_483_648;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/** An integer that fits an int4 column. */
export const Int4Schema = z.int().min(INT4_MIN).max(INT4_MAX);

/** A row version for optimistic locking (int4, from 1). */
export const VersionSchema = z.int().min(1).max(INT4_MAX);

/** True when a year (as written in an ISO date or period) is inside the supported range. */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** An ISO timestamp (as stored in `timestamptz` columns) inside the supported years. */
export const BoundedDateTimeSchema = z.iso
  .datetime({ offset: true })
  .refine((value) => isSupportedYear(Number(value.slice(0, 4))), { error: "error.invalidInput" });

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NUL = String.fromCharCode(0);

/** True when a string cannot be stored as PostgreSQL text: a NUL or a lone surrogate. */
export function isUnsafeText(value: string): boolean {
  return value.includes(NUL) || LONE_SURROGATE.test(value);
}

/**
 * True when any string in a JSON-like value (keys included) is unsafe text. Walks at most
 * `maxNodes` values: a larger input is refused as if it held unsafe text (no real input comes close).
 */
export function containsUnsafeText(value: unknown, maxNodes = 100_000): boolean {
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length > 0) {
    seen += 1;
    if (seen > maxNodes) return true;
    const current = stack.pop();
    if (typeof current === "string") {
      if (isUnsafeText(current)) return true;
    } else if (Array.isArray(current)) {
      for (const child of current) stack.push(child);
    } else if (current && typeof current === "object") {
      for (const [key, child] of Object.entries(current)) {
        if (isUnsafeText(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** Text that PostgreSQL can store: refuses NUL and lone surrogates. */
export const SafeTextSchema = z.string().refine((value) => !isUnsafeText(value), { error: "error.invalidInput" });
