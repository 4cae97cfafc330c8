import { data, Form, Link, redirect } from "react-router";
import { useTranslation } from "../i18n/use-translation.tsx";
import { getApi } from "../server/api.server.ts";
import type { Route } from "./+types/second-factor";
import { completeSecondFactor, loadSecondFactor } from "./second-factor.server.ts";

export async function loader({ context }: Route.LoaderArgs) {
  const { caller, session } = getApi(context);
  if (!session) throw redirect("/login");
  // Verified: after enrolling, the page shows her new recovery codes (the action's answer) once.
  const factor = session.isVerified ? { mode: "verified" as const } : await loadSecondFactor(caller);
  return data(factor, { headers: { "cache-control": "no-store" } });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller, session } = getApi(context);
  if (!session) throw redirect("/login");
  const result = await completeSecondFactor(request, caller);
  if (!result.ok) return data({ ...result, codes: null }, { status: 400 });
  // Just enrolled: her recovery codes, shown once, before she goes on.
  if (result.codes) return data(result, { headers: { "cache-control": "no-store" } });
  return redirect("/");
}

function CodeField({
  id,
  label,
  error,
  numeric,
}: {
  id: string;
  label: string;
  error: string | null;
  numeric: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t(error)}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        autoComplete="one-time-code"
        required
        {...(numeric ? { inputMode: "numeric" as const, pattern: "[0-9]{6}", maxLength: 6 } : { maxLength: 11 })}
        {...(error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {})}
      />
    </div>
  );
}

export default function SecondFactor({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const setup = loaderData.mode === "setup" ? loaderData : null;
  const codeError = actionData && !actionData.ok && actionData.field === "code" ? actionData.error : null;
  const recoveryError = actionData && !actionData.ok && actionData.field === "recoveryCode" ? actionData.error : null;
  const title =
    loaderData.mode === "approval"
      ? "secondFactor.approval.title"
      : setup
        ? "secondFactor.setupTitle"
        : "secondFactor.title";
  if (loaderData.mode === "verified" && !actionData?.codes)
    return (
      <div className="narrow">
        <title>{`${t("secondFactor.title")} · ${t("app.name")}`}</title>
        <h1>{t("secondFactor.title")}</h1>
        <p>
          <Link to="/">{t("secondFactor.signedIn")}</Link>
        </p>
      </div>
    );
  if (actionData?.ok && actionData.codes)
    return (
      <div className="narrow">
        <title>{`${t("account.totp.codesTitle")} · ${t("app.name")}`}</title>
        <h1>{t("account.totp.codesTitle")}</h1>
        <p>{t("account.totp.codesIntro")}</p>
        <ul className="recovery-codes">
          {actionData.codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/" reloadDocument>
            {t("secondFactor.continue")}
          </Link>
        </p>
      </div>
    );
  return (
    <div className="narrow">
      <title>{`${t(title)} · ${t("app.name")}`}</title>
      <h1>{t(title)}</h1>
      {loaderData.mode === "approval" ? (
        <p className="notice" role="status">
          {t("auth.enrolmentNeedsApproval")}
        </p>
      ) : (
        <>
          <p>{t(setup ? "secondFactor.setupIntro" : "secondFactor.intro")}</p>
          {setup ? (
            <>
              <img className="qr" src={setup.qrDataUrl} alt={t("secondFactor.qrAlt")} width={200} height={200} />
              <p>
                {t("secondFactor.manualKey")} <code className="secret">{setup.secret}</code>
              </p>
            </>
          ) : null}
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value={setup ? "enable" : "verify"} />
            <CodeField id="code" label={t("secondFactor.code")} error={codeError} numeric />
            <button type="submit">{t("secondFactor.submit")}</button>
          </Form>
          {setup ? null : (
            <details className="recovery" open={recoveryError !== null}>
              <summary>{t("secondFactor.recovery.title")}</summary>
              <p className="hint">{t("secondFactor.recovery.hint")}</p>
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="recovery" />
                <CodeField
                  id="recoveryCode"
                  label={t("secondFactor.recovery.code")}
                  error={recoveryError}
                  numeric={false}
                />
                <button type="submit">{t("secondFactor.recovery.submit")}</button>
              </Form>
            </details>
          )}
        </>
      )}
      <Form method="post" action="/logout">
        <button type="submit" className="secondary">
          {t("secondFactor.cancel")}
        </button>
      </Form>
    </div>
  );
}
