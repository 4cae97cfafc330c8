import { useEffect, useRef } from "react";
import { data, Form, redirect, useNavigation } from "react-router";
import { useTranslation } from "../i18n/use-translation.tsx";
import { getApi } from "../server/api.server.ts";
import { clearedSessionCookie, getSessionToken } from "../server/session-cookie.server.ts";
import type { Route } from "./+types/login";
import { type LoginErrors, signIn } from "./login.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { session, caller } = getApi(context);
  if (session) throw redirect(session.isVerified ? "/" : "/login/second-factor");
  // No organisation yet: the operator has not run `npm run setup` (issue 17).
  const { hasOrganisation } = await caller.account.installationStatus();
  // A cookie without a live session: it ended (idle time, 12 hours, signed out elsewhere).
  if (getSessionToken(request))
    return data(
      { hasSessionEnded: true, hasOrganisation },
      { headers: { "set-cookie": clearedSessionCookie(request) } },
    );
  return { hasSessionEnded: false, hasOrganisation };
}

export async function action({ request, context }: Route.ActionArgs) {
  const result = await signIn(request, getApi(context).caller);
  if (result.ok) return redirect(result.next, { headers: { "set-cookie": result.cookie } });
  return data({ errors: result.errors, email: result.email }, { status: result.status });
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const errors: LoginErrors | undefined = actionData?.errors;
  const summary = useRef<HTMLDivElement>(null);
  const isSubmitting = useNavigation().state === "submitting";
  useEffect(() => {
    if (errors) summary.current?.focus();
  }, [errors]);
  const fieldProps = (name: "email" | "password") => {
    const message = errors?.[name];
    return message ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};
  };
  return (
    <div className="narrow">
      <title>{`${t("login.title")} · ${t("app.name")}`}</title>
      <h1>{t("login.title")}</h1>
      {loaderData.hasSessionEnded && !actionData ? (
        <p className="notice" role="status">
          {t("login.sessionEnded")}
        </p>
      ) : null}
      {loaderData.hasOrganisation ? null : (
        <p className="notice" role="status">
          {t("login.noOrganisation")}
        </p>
      )}
      <p>{t("login.intro")}</p>
      {errors ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2>{t("login.errorSummary")}</h2>
          {errors.form ? <p id="form-error">{t(errors.form)}</p> : null}
        </div>
      ) : null}
      <Form method="post" noValidate>
        <div className="field">
          <label htmlFor="email">{t("login.email")}</label>
          {errors?.email ? (
            <p className="field-error" id="email-error">
              {t(errors.email)}
            </p>
          ) : null}
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            maxLength={254}
            defaultValue={actionData?.email ?? ""}
            {...fieldProps("email")}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t("login.password")}</label>
          {errors?.password ? (
            <p className="field-error" id="password-error">
              {t(errors.password)}
            </p>
          ) : null}
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={1024}
            {...fieldProps("password")}
          />
        </div>
        <button type="submit" disabled={isSubmitting}>
          {t("login.submit")}
        </button>
      </Form>
    </div>
  );
}
