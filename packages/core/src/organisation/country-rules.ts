import { z } from "zod";
import type { PermitBasis } from "../plan/client-profile.ts";
import { addDays } from "../plan/iso-date.ts";

/**
 * Country rules as configuration (issue 17; domain.md §3.2): what the law of the country an
 * organisation works in says, entered by its administrator and never hard-coded here. Nothing
 * in core assumes a length of the reflection period or a kind of permit.
 *
 * - `reflectionPeriodDays`: how long a reflection period lasts there (Council of Europe
 *   Convention art. 13 sets at least 30 days; states set their own). Null: not configured, the
 *   caseworker enters the end date herself.
 * - `permitTypes`: the residence permits a woman may hold there, each with whether it is tied
 *   to cooperating with the authorities (so the checks can flag a stay that depends on it).
 */
export const MAX_PERMIT_TYPES = 20;
export const PERMIT_TYPE_MAX_LENGTH = 80;

export const PermitTypeSchema = z.object({
  label: z.string().trim().min(1).max(PERMIT_TYPE_MAX_LENGTH),
  tiedToCooperation: z.boolean(),
});
export type PermitType = z.infer<typeof PermitTypeSchema>;

export const CountryRulesSchema = z.object({
  reflectionPeriodDays: z
    .int()
    .min(1, { error: "organisation.error.reflectionDays" })
    .max(730, { error: "organisation.error.reflectionDays" })
    .nullable(),
  permitTypes: z
    .array(PermitTypeSchema)
    .max(MAX_PERMIT_TYPES)
    .refine((types) => new Set(types.map((t) => t.label.toLowerCase())).size === types.length, {
      error: "organisation.error.permitTypeTwice",
    }),
});
export type CountryRules = z.infer<typeof CountryRulesSchema>;

/** An organisation that has not configured its country's rules. */
export const NO_COUNTRY_RULES: CountryRules = { reflectionPeriodDays: null, permitTypes: [] };

/** The stored rules, read defensively: anything that does not parse counts as not configured. */
export function readCountryRules(stored: unknown): CountryRules {
  const parsed = CountryRulesSchema.safeParse(stored);
  return parsed.success ? parsed.data : NO_COUNTRY_RULES;
}

/**
 * The end of her reflection period: the date entered, else its start plus the configured
 * length, else unknown (the checks then ask for it).
 */
export function reflectionPeriodEnd(
  entered: { start?: string | undefined; end?: string | undefined },
  rules: CountryRules,
): string | undefined {
  if (entered.end !== undefined) return entered.end;
  if (entered.start !== undefined && rules.reflectionPeriodDays !== null)
    return addDays(entered.start, rules.reflectionPeriodDays);
  return undefined;
}

/** The organisation's permit type of this name (any case), or undefined when it has none such. */
export function findPermitType(name: string, rules: CountryRules): PermitType | undefined {
  const wanted = name.trim().toLowerCase();
  return rules.permitTypes.find((t) => t.label.toLowerCase() === wanted);
}

/** The basis of a permit of a configured type: tied to cooperation or independent of it, as configured. */
export function basisOfPermitType(type: PermitType): PermitBasis {
  return type.tiedToCooperation ? "tied-to-cooperation" : "independent";
}
