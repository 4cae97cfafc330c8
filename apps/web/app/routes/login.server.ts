import type { createCaller } from "@gesim/api";
import { LoginInputSchema } from "@gesim/core";
import { TRPCError } from "@trpc/server";
import { sessionCookie } from "../server/session-cookie.server.ts";

export type LoginErrors = { email?: string; password?: string; form?: string };

type SignInResult =
  | { ok: true; cookie: string; next: string }
  | { ok: false; status: 400 | 401 | 429; errors: LoginErrors; email: string };

/** Parses the login form with core's schema, signs in through the API and builds the cookie. */
export async function signIn(request: Request, caller: ReturnType<typeof createCaller>): Promise<SignInResult> {
  const form = await request.formData();
  const rawEmail = form.get("email");
  const email = typeof rawEmail === "string" ? rawEmail.slice(0, 254) : "";
  const parsed = LoginInputSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) {
    const errors: LoginErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "email" || field === "password") && !errors[field]) errors[field] = issue.message;
    }
    return { ok: false, status: 400, errors, email };
  }
  try {
    const { sessionToken, secondFactor } = await caller.auth.login(parsed.data);
    return {
      ok: true,
      cookie: sessionCookie(request, sessionToken),
      next: secondFactor === "none" ? "/" : "/login/second-factor",
    };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      return { ok: false, status: 401, errors: { form: "auth.invalidCredentials" }, email };
    }
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") {
      return { ok: false, status: 429, errors: { form: "auth.locked" }, email };
    }
    throw error;
  }
}
