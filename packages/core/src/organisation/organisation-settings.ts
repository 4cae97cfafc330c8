import { z } from "zod";
import { LoginInputSchema, PASSWORD_MAX_LENGTH } from "../auth/login-input.ts";
import { ROLES } from "../auth/roles.ts";
import { DEFAULT_RESOLUTION, MIN_K } from "../disclosure/small-cell.ts";
import { TimeZoneSchema } from "./time-zone.ts";

export const ORGANISATION_NAME_MAX_LENGTH = 200;
export const DISPLAY_NAME_MAX_LENGTH = 120;
/** A first password an administrator sets; long enough to resist guessing (NIST SP 800-63B). */
export const INITIAL_PASSWORD_MIN_LENGTH = 12;

/**
 * The settings an administrator edits. The small-cell threshold never goes below 5 (MIN_K); the
 * rounding of released counts is hers to set (it must divide the threshold, `roundingProblem`)
 * or follows from it (`roundingFor`) when left empty. The time zone and the rounding may be
 * left out (unchanged).
 */
export const OrganisationSettingsSchema = z.object({
  name: z.string().trim().min(1).max(ORGANISATION_NAME_MAX_LENGTH),
  disclosureThreshold: z
    .int()
    .min(MIN_K, { error: "disclosure.error.kTooSmall" })
    .max(1000, { error: "disclosure.error.kTooLarge" }),
  timeZone: TimeZoneSchema.optional(),
  /** Released counts are rounded down to a multiple of this; null: the default for the threshold. */
  disclosureRounding: z
    .int()
    .min(1, { error: "disclosure.error.resolutionTooSmall" })
    .max(1000, { error: "disclosure.error.resolutionTooLarge" })
    .nullable()
    .optional(),
  /** ISO 3166-1 alpha-2 ("DE", "IT"); country rules are configuration. */
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, { error: "organisation.error.country" })
    .transform((c) => c.toUpperCase())
    .nullable(),
});
export type OrganisationSettings = z.infer<typeof OrganisationSettingsSchema>;

/** The rounding of released counts for a threshold k: the largest divisor of k up to the default 5 (it must divide k). */
export function roundingFor(k: number): number {
  return [DEFAULT_RESOLUTION, 4, 3, 2, 1].find((r) => k % r === 0) ?? 1;
}

/**
 * The rounding of a release that covers several organisations with threshold k: the coarsest
 * rounding one of them set that divides k (a coarser one hides more), else the default for k.
 */
export function releaseRounding(k: number, roundings: readonly (number | null)[]): number {
  const dividing = roundings.filter((r): r is number => r !== null && r >= 1 && k % r === 0);
  return dividing.length > 0 ? Math.max(...dividing) : roundingFor(k);
}

/** The rounding in force: the one the administrator set, else the default for the threshold. */
export function disclosureRoundingOf(settings: { disclosureThreshold: number; disclosureRounding: number | null }) {
  return settings.disclosureRounding ?? roundingFor(settings.disclosureThreshold);
}

/**
 * A rounding that does not divide the threshold could release a count below it (k = 10,
 * rounding 3: 10 → 9), so it is refused (small-cell.ts). Returns the message key, or null.
 */
export function roundingProblem(settings: {
  disclosureThreshold: number;
  disclosureRounding?: number | null | undefined;
}): "disclosure.error.resolutionMustDivideK" | null {
  const rounding = settings.disclosureRounding;
  if (rounding === null || rounding === undefined) return null;
  return settings.disclosureThreshold % rounding === 0 ? null : "disclosure.error.resolutionMustDivideK";
}

/**
 * A new member of staff. Without a first password the server makes a one-time password and
 * shows it once; either way she must choose her own at her first sign-in.
 */
export const NewStaffMemberSchema = z.object({
  email: LoginInputSchema.shape.email,
  displayName: z.string().trim().min(1).max(DISPLAY_NAME_MAX_LENGTH),
  role: z.enum(ROLES),
  initialPassword: z
    .string()
    .min(INITIAL_PASSWORD_MIN_LENGTH, { error: "admin.passwordTooShort" })
    .max(PASSWORD_MAX_LENGTH, { error: "auth.passwordTooLong" })
    .optional(),
});
export type NewStaffMember = z.infer<typeof NewStaffMemberSchema>;
