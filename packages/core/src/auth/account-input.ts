import { z } from "zod";
import { ORGANISATION_NAME_MAX_LENGTH } from "../organisation/organisation-settings.ts";
import { LoginInputSchema, PASSWORD_MAX_LENGTH } from "./login-input.ts";

/** Any password a person chooses or is given: at least 12 characters (NIST SP 800-63B), bounded for argon2. */
export const PASSWORD_MIN_LENGTH = 12;

export const NewPasswordSchema = z
  .string({ error: "account.passwordTooShort" })
  .min(PASSWORD_MIN_LENGTH, { error: "account.passwordTooShort" })
  .max(PASSWORD_MAX_LENGTH, { error: "auth.passwordTooLong" });

/**
 * Changing her own password: the current one, and the new one typed twice. The new one must
 * differ from the current one (a one-time password replaced by itself would stay known).
 */
export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "auth.passwordRequired" })
      .min(1, { error: "auth.passwordRequired" })
      .max(PASSWORD_MAX_LENGTH, { error: "auth.passwordTooLong" }),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH, { error: "auth.passwordTooLong" }),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    error: "account.passwordsDiffer",
    path: ["confirmPassword"],
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    error: "account.passwordUnchanged",
    path: ["newPassword"],
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

/** `npm run setup`: a new organisation and its first administrator. */
export const FirstOrganisationSchema = z.object({
  organisationName: z
    .string({ error: "setup.organisationRequired" })
    .trim()
    .min(1, { error: "setup.organisationRequired" })
    .max(ORGANISATION_NAME_MAX_LENGTH, { error: "setup.organisationTooLong" }),
  adminEmail: LoginInputSchema.shape.email,
  adminName: z
    .string({ error: "setup.nameRequired" })
    .trim()
    .min(1, { error: "setup.nameRequired" })
    .max(120, { error: "setup.nameTooLong" }),
  adminPassword: NewPasswordSchema,
});
export type FirstOrganisationInput = z.input<typeof FirstOrganisationSchema>;
