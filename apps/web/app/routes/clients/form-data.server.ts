import { isMessageKey, localDateIn } from "@gesim/core";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";

/** Field name → message key, as the client forms show them. */
export type FieldErrors = Record<string, string>;

const FIELD_FALLBACK = "clientForm.checkField";

/** A message key for a validation message: core's own keys pass, zod's English defaults do not. */
function asKey(message: string): string {
  return isMessageKey(message) ? message : FIELD_FALLBACK;
}

/** Zod issues as field errors (first issue per field; the path joined with "."). */
export function zodFieldErrors(error: z.ZodError, rename: (path: string) => string = (path) => path): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const name = rename(issue.path.map(String).join(".") || "form");
    errors[name] ??= asKey(issue.message);
  }
  return errors;
}

const FORM_CODES = new Set(["BAD_REQUEST", "CONFLICT", "PRECONDITION_FAILED", "FORBIDDEN", "NOT_FOUND"]);

/** An API refusal the form can explain (its message key), or the error rethrown. */
export function apiErrorKey(error: unknown): { code: string; key: string } {
  if (error instanceof TRPCError && FORM_CODES.has(error.code)) {
    return { code: error.code, key: isMessageKey(error.message) ? error.message : "error.invalidInput" };
  }
  throw error;
}

/** A posted text field, trimmed; undefined when absent or empty. */
export function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A posted whole number, or NaN when not a number (so the schema reports it), or undefined when empty. */
export function integer(form: FormData, name: string): number | undefined {
  const value = text(form, name);
  if (value === undefined) return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** A checkbox: checked or not. */
export function checked(form: FormData, name: string): boolean {
  return form.get(name) === "on" || form.get(name) === "true";
}

/** Every posted value of a field (checkbox groups). */
export function all(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === "string");
}

/** Today on her organisation's clock (its time zone), never the server's UTC date (issue 17). */
export function todayIso(session: { timeZone: string }): string {
  return localDateIn(new Date(), session.timeZone);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string | undefined): value is string {
  return value !== undefined && UUID.test(value);
}
