import { data, Form, redirect } from "react-router";
import { useTranslation } from "../i18n/use-translation.tsx";
import { getApi } from "../server/api.server.ts";
import type { Route } from "./+types/second-factor";
import { completeSecondFactor, loadSecondFactor } from "./second-factor.server.ts";

export async function loader({ context }: Route.LoaderArgs) {
  const { caller, session } = getApi(context);
  if (!session) throw redirect("/login");
  if (session.isVerified) throw redirect("/");
  return data(await loadSecondFactor(caller), { headers: { "cache-control": "no-store" } });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller, session } = getApi(context);
  if (!session) throw redirect("/login");
  const result = await completeSecondFactor(request, caller);
  if (result.ok) return redirect("/");
  return data({ error: result.error }, { status: 400 });
}

export default function SecondFactor({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const setup = loaderData.mode === "setup" ? loaderData : null;
  const error = actionData?.error;
  return (
    <div className="narrow">
      <title>{`${t(setup ? "secondFactor.setupTitle" : "secondFactor.title")} · ${t("app.name")}`}</title>
      <h1>{t(setup ? "secondFactor.setupTitle" : "secondFactor.title")}</h1>
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
        <div className="field">
          <label htmlFor="code">{t("secondFactor.code")}</label>
          {error ? (
            <p className="field-error" id="code-error" role="alert">
              {t(error)}
            </p>
          ) : null}
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            {...(error ? { "aria-invalid": true, "aria-describedby": "code-error" } : {})}
          />
        </div>
        <button type="submit">{t("secondFactor.submit")}</button>
      </Form>
      <Form method="post" action="/logout">
        <button type="submit" className="secondary">
          {t("secondFactor.cancel")}
        </button>
      </Form>
    </div>
  );
}
