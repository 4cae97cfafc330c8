import { CoarsePeriodSchema } from "./coarsen-date.ts";

/**
 * A last line of defence for anything sent to a funder (domain.md §7.2: "No free text, dates
 * of birth or exact dates"). The API runs every funder response through `scanFunderOutput`
 * and refuses to send it when a violation is found.
 *
 * Allowed:
 * - finite numbers, booleans and null;
 * - coarse period strings: "2026", "2026-Q1", "2026-03";
 * - strings in the caller's allow-list of category codes (indicator ids, age bands, country
 *   codes…) plus the suppression-marker codes "value" and "suppressed";
 * - arrays and plain objects of the above, whose property NAMES are also in the allow-list
 *   of keys (a key can carry text as well as a value can).
 * Everything else is a violation: any other string, undefined, functions, Dates, Maps, class
 * instances, non-finite numbers, and nesting deeper than MAX_DEPTH.
 */
export const MAX_DEPTH = 16;
export const BUILT_IN_CODES: readonly string[] = ["value", "suppressed"];

export type FunderOutputAllowList = {
  /** Category codes allowed as string values. */
  readonly codes: Iterable<string>;
  /** Property names allowed in objects. */
  readonly keys: Iterable<string>;
};

export type FunderOutputViolationKind =
  | "free-text"
  | "key-not-allowed"
  | "unsupported-type"
  | "non-finite-number"
  | "too-deep";

export type FunderOutputViolation = {
  /** JSON-pointer-like path, e.g. "/rows/3/label". Keys in paths are shown only if allowed. */
  readonly path: string;
  readonly kind: FunderOutputViolationKind;
};

type Context = {
  readonly codes: ReadonlySet<string>;
  readonly keys: ReadonlySet<string>;
  readonly out: FunderOutputViolation[];
};

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function visit(value: unknown, path: string, depth: number, ctx: Context): void {
  if (depth > MAX_DEPTH) {
    ctx.out.push({ path, kind: "too-deep" });
    return;
  }
  if (value === null || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) ctx.out.push({ path, kind: "non-finite-number" });
    return;
  }
  if (typeof value === "string") {
    if (!ctx.codes.has(value) && !CoarsePeriodSchema.safeParse(value).success)
      ctx.out.push({ path, kind: "free-text" });
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) visit(item, `${path}/${index}`, depth + 1, ctx);
    return;
  }
  if (typeof value === "object" && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (!ctx.keys.has(key)) {
        // the key itself is not echoed: it may be the very text that must not leave
        ctx.out.push({ path: `${path}/?`, kind: "key-not-allowed" });
        continue;
      }
      visit(item, `${path}/${key}`, depth + 1, ctx);
    }
    return;
  }
  ctx.out.push({ path, kind: "unsupported-type" });
}

/** Every violation found in `output` (empty when it is safe to send). */
export function scanFunderOutput(output: unknown, allow: FunderOutputAllowList): FunderOutputViolation[] {
  const ctx: Context = { codes: new Set([...allow.codes, ...BUILT_IN_CODES]), keys: new Set(allow.keys), out: [] };
  visit(output, "", 0, ctx);
  return ctx.out;
}

export function isSafeFunderOutput(output: unknown, allow: FunderOutputAllowList): boolean {
  return scanFunderOutput(output, allow).length === 0;
}
