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
 * The settings an administrator edits. The small-cell threshold never goes below 5 (MIN_K);
 * released counts are rounded down to a multiple of `disclosureRounding`, which must divide the
 * threshold (small-cell.ts). The time zone and the rounding may be left out: unchanged, or, for
 * the rounding, the largest divisor of the threshold up to 5 (what releases used before).
 */
export const OrganisationSettingsSchema = z
  .object({
    name: z.string().trim().min(1).max(ORGANISATION_NAME_MAX_LENGTH),
    requireTotpForStaff: z.boolean(),
    disclosureThreshold: z
      .int()
      .min(MIN_K, { error: "disclosure.error.kTooSmall" })
      .max(1000, { error: "disclosure.error.kTooLarge" }),
    disclosureRounding: z
      .int({ error: "disclosure.error.resolutionNotInteger" })
      .min(1, { error: "disclosure.error.resolutionTooSmall" })
      .max(1000, { error: "disclosure.error.resolutionTooLarge" })
      .optional(),
    timeZone: TimeZoneSchema.optional(),
    /** ISO 3166-1 alpha-2 ("DE", "IT"); country rules are configuration. */
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, { error: "organisation.error.country" })
      .transform((c) => c.toUpperCase())
      .nullable(),
  })
  .refine((s) => s.disclosureRounding === undefined || s.disclosureThreshold % s.disclosureRounding === 0, {
    error: "disclosure.error.resolutionMustDivideK",
    path: ["disclosureRounding"],
  });
export type OrganisationSettings = z.infer<typeof OrganisationSettingsSchema>;

/** The rounding used when none is chosen: the largest divisor of k up to the default 5. */
export function defaultRoundingFor(k: number): number {
  return [DEFAULT_RESOLUTION, 4, 3, 2, 1].find((r) => k % r === 0) ?? 1;
}

/** A new member of staff, with the first password she changes after signing in. */
export const NewStaffMemberSchema = z.object({
  email: LoginInputSchema.shape.email,
  displayName: z.string().trim().min(1).max(DISPLAY_NAME_MAX_LENGTH),
  role: z.enum(ROLES),
  initialPassword: z
    .string()
    .min(INITIAL_PASSWORD_MIN_LENGTH, { error: "admin.passwordTooShort" })
    .max(PASSWORD_MAX_LENGTH, { error: "auth.passwordTooLong" }),
});
export type NewStaffMember = z.infer<typeof NewStaffMemberSchema>;
