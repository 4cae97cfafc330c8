import { z } from "zod";

/** Limits that keep a login request cheap to check: argon2 work is bounded by the password length. */
export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * The login form and `auth.login` both parse this. Messages are message keys, so each
 * caller shows them in the user's language.
 */
export const LoginInputSchema = z.object({
  email: z
    .string({ error: "auth.emailRequired" })
    .trim()
    .min(1, { error: "auth.emailRequired" })
    .max(EMAIL_MAX_LENGTH, { error: "auth.emailTooLong" })
    .pipe(z.email({ error: "auth.emailInvalid" }))
    .transform((email) => email.toLowerCase()),
  password: z
    .string({ error: "auth.passwordRequired" })
    .min(1, { error: "auth.passwordRequired" })
    .max(PASSWORD_MAX_LENGTH, { error: "auth.passwordTooLong" }),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;
