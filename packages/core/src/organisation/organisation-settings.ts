import { z } from "zod";
import { LoginInputSchema, PASSWORD_MAX_LENGTH } from "../auth/login-input.ts";
import { ROLES } from "../auth/roles.ts";
import { MIN_K } from "../disclosure/small-cell.ts";

export const ORGANISATION_NAME_MAX_LENGTH = 200;
export const DISPLAY_NAME_MAX_LENGTH = 120;
/** A first password an administrator sets; long enough to resist guessing (NIST SP 800-63B). */
export const INITIAL_PASSWORD_MIN_LENGTH = 12;

/** The settings an administrator edits. The small-cell threshold never goes below 5 (MIN_K). */
export const OrganisationSettingsSchema = z.object({
  name: z.string().trim().min(1).max(ORGANISATION_NAME_MAX_LENGTH),
  disclosureThreshold: z
    .int()
    .min(MIN_K, { error: "disclosure.error.kTooSmall" })
    .max(1000, { error: "disclosure.error.kTooLarge" }),
  /** ISO 3166-1 alpha-2 ("DE", "IT"); country rules are configuration. */
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/)
    .transform((c) => c.toUpperCase())
    .nullable(),
});
export type OrganisationSettings = z.infer<typeof OrganisationSettingsSchema>;

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
