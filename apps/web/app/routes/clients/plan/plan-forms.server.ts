// Plan forms post strings: these turn them into the API's inputs with core's schemas, and
// turn schema issues into message keys per field (shown beside the inputs).
import { IsoDateSchema, isMessageKey, PlanActionSchema, PlanGoalSchema, SUPPORT_CONDITIONS } from "@gesim/core";
import type { z } from "zod";

export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Every posted field as text (repeated names as lists), to give back to the form unchanged. */
export function valuesOf(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, raw] of form.entries()) {
    if (typeof raw !== "string" || name === "intent" || name === "version") continue;
    const existing = values[name];
    values[name] = existing === undefined ? raw : [...(Array.isArray(existing) ? existing : [existing]), raw];
  }
  return values;
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

const optional = (value: string) => (value === "" ? undefined : value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function errorsOf(error: z.ZodError, rename: Record<string, string> = {}): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    const field = rename[path] ?? path;
    errors[field] ??= isMessageKey(issue.message) ? issue.message : "planPage.error.field";
  }
  return errors;
}

const GAS_FIELDS = ["minus2", "minus1", "zero", "plus1", "plus2"] as const;

export function parseGoal(form: FormData) {
  const gasLevels: Partial<Record<(typeof GAS_FIELDS)[number], string>> = {};
  for (const field of GAS_FIELDS) {
    const value = text(form, `gas-${field}`);
    if (value) gasLevels[field] = value;
  }
  const candidate = {
    id: "new",
    domain: text(form, "domain"),
    text: text(form, "text"),
    inHerOwnWords: form.get("inHerOwnWords") === "on",
    gasLevels: Object.keys(gasLevels).length ? gasLevels : undefined,
    currentGasLevel: Number(text(form, "currentGasLevel") || "NaN"),
    weight: Number(text(form, "weight") || "NaN"),
  };
  const parsed = PlanGoalSchema.safeParse(candidate);
  if (!parsed.success)
    return {
      ok: false as const,
      errors: errorsOf(parsed.error, Object.fromEntries(GAS_FIELDS.map((f) => [`gasLevels.${f}`, `gas-${f}`]))),
    };
  const { id: _id, ...goal } = parsed.data;
  return { ok: true as const, value: goal };
}

/**
 * An action form: `choice` is "domain:catalogueId" or "domain:" (free text only), so the
 * catalogue grouped by domain works without JavaScript. The provider must serve the domain.
 */
export function parseAction(form: FormData, providers: { id: string; domains: string[] }[]) {
  const [domain = "", actionId = ""] = text(form, "choice").split(":");
  const status = text(form, "status") || "planned";
  const isBlocked = status === "blocked";
  const candidate = {
    id: "new",
    domain,
    actionId: optional(actionId),
    freeText: optional(text(form, "freeText")),
    providerId: optional(text(form, "providerId")),
    responsibleWorkerId: optional(text(form, "responsibleWorkerId")),
    dueDate: optional(text(form, "dueDate")),
    status,
    barrierReason: isBlocked ? optional(text(form, "barrierReason")) : undefined,
    barrierNote: isBlocked ? optional(text(form, "barrierNote")) : undefined,
  };
  const parsed = PlanActionSchema.safeParse(candidate);
  const errors = parsed.success ? {} : errorsOf(parsed.error, { domain: "choice", actionId: "choice" });
  if (!domain) errors.choice = "plan.error.actionNeedsIdOrText";
  else if (!actionId && !candidate.freeText) errors.freeText = "plan.error.actionNeedsIdOrText";
  const provider = candidate.providerId ? providers.find((p) => p.id === candidate.providerId) : undefined;
  if (candidate.providerId && !provider?.domains.includes(domain))
    errors.providerId ??= "planPage.error.providerDomain";
  const goalId = optional(text(form, "goalId"));
  if (goalId && !UUID.test(goalId)) errors.goalId = "planPage.error.field";
  if (!parsed.success || Object.keys(errors).length) return { ok: false as const, errors };
  const { id: _id, ...action } = parsed.data;
  return { ok: true as const, value: { ...action, goalId } };
}

export function parsePlanFields(form: FormData) {
  const agreedByClient = form.get("agreedByClient") === "on";
  const agreedOn = text(form, "agreedOn");
  const errors: FieldErrors = {};
  if (agreedByClient && !agreedOn) errors.agreedOn = "plan.error.agreementDateRequired";
  if (agreedOn && !IsoDateSchema.safeParse(agreedOn).success) errors.agreedOn = "plan.error.invalidDate";
  const safetyPlanOn = text(form, "lastSafetyReviewDate");
  if (safetyPlanOn && !IsoDateSchema.safeParse(safetyPlanOn).success)
    errors.lastSafetyReviewDate = "journey.error.date";
  const conditions = form
    .getAll("conditionsImposed")
    .filter((c): c is (typeof SUPPORT_CONDITIONS)[number] => SUPPORT_CONDITIONS.includes(c as never));
  const tri = (name: string) => (text(form, name) === "yes" ? true : text(form, name) === "no" ? false : null);
  const safe = (["yes", "no", "not-asked"] as const).find((v) => v === text(form, "accommodationRatedSafe")) ?? null;
  if (Object.keys(errors).length) return { ok: false as const, errors };
  return {
    ok: true as const,
    value: {
      agreedByClient,
      agreedOn: agreedOn || null,
      conditionsImposed: [...new Set(conditions)],
      accommodationSingleSex: tri("accommodationSingleSex"),
      accommodationRatedSafe: safe,
      lastSafetyReviewDate: safetyPlanOn || null,
    },
  };
}
