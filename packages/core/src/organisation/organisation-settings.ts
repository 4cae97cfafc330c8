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
 * rounding of released counts follows from it (`roundingFor`). The time zone may be left out
 * (unchanged).
 */
export const OrganisationSettingsSchema = z.object({
  name: z.string().trim().min(1).max(ORGANISATION_NAME_MAX_LENGTH),
  disclosureThreshold: z
    .int()
    .min(MIN_K, { error: "disclosure.error.kTooSmall" })
    .max(1000, { error: "disclosure.error.kTooLarge" }),
  timeZone: TimeZoneSchema.optional(),
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
