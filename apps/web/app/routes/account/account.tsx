import { canSeeClientContent } from "@gesim/core/browser";
import { Form, redirect } from "react-router";
import { formatDateTime } from "../../components/client/format-date.ts";
import { useTimeZone } from "../../components/client/use-time-zone.ts";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { getApi } from "../../server/api.server.ts";
import { sessionCookie } from "../../server/session-cookie.server.ts";
import { loadSecondFactor } from "../second-factor.server.ts";
import type { Route } from "./+types/account";
import { handleAccountAction } from "./account.server.ts";
import { CalendarFeedSection } from "./calendar-feed-section.tsx";
import { DigestSection } from "./digest-section.tsx";
import { InvitationsSection } from "./invitations-section.tsx";
import { OrganisationsSection } from "./organisations-section.tsx";

/** Every signed-in person's own page (issue 17): password, two-step sign-in, sessions. */
function signedInCaller(context: Route.LoaderArgs["context"]) {
  const { caller, session } = getApi(context);
  if (!session) throw redirect("/login");
  if (!session.isVerified) throw redirect("/login/second-factor");
  return caller;
}

export async function loader({ context }: Route.LoaderArgs) {
  const caller = signedInCaller(context);
  const account = await caller.account.get();
  const sessions = account.mustChangePassword ? [] : await caller.account.sessions();
  const setup = account.totpEnabled || account.mustChangePassword ? null : await loadSecondFactor(caller);
  const invitations = account.mustChangePassword ? [] : await caller.account.invitations.list();
  const organisations = account.mustChangePassword ? [] : await caller.account.organisations.list();
  const { session } = getApi(context);
  const feed =
    !account.mustChangePassword && session && canSeeClientContent(session.role)
      ? await caller.calendarFeed.status()
      : null;
  return {
    account,
    invitations: invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
    needsApproval: setup?.mode === "approval",
    organisations,
    sessions: sessions.map((s) => ({
      ...s,
      lastSeenAt: s.lastSeenAt.toISOString(),
      createdAt: s.createdAt.toISOString(),
    })),
    setup: setup?.mode === "setup" ? setup : null,
    feed: feed
      ? feed.active
        ? { active: true, since: feed.createdAt.toISOString(), lastReadAt: feed.lastReadAt?.toISOString() ?? null }
        : { active: false, since: null, lastReadAt: null }
      : null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const caller = signedInCaller(context);
  const mustChange = (await caller.account.get()).mustChangePassword;
  const result = await handleAccountAction(request, caller);
  // Her session moved to another of her organisations: its cookie, then her work there.
  if (result.intent === "switch")
    return redirect(result.next, { headers: { "set-cookie": sessionCookie(request, result.sessionToken) } });
  // Her own password chosen: on to her work.
  if (mustChange && result.intent === "password" && result.ok) throw redirect("/");
  return result;
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const { account, sessions, setup, invitations, needsApproval, organisations } = loaderData;
  const passwordErrors = actionData?.intent === "password" && !actionData.ok ? actionData.errors : null;
  const codes =
    actionData?.intent === "codes" || (actionData?.intent === "totp" && actionData.ok) ? actionData.codes : null;
  const passwordField = (name: "currentPassword" | "newPassword" | "confirmPassword", label: string, auto: string) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {passwordErrors?.[name] ? (
        <p className="field-error" id={`${name}-error`}>
          {t(passwordErrors[name])}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        type="password"
        autoComplete={auto}
        required
        maxLength={1024}
        {...(passwordErrors?.[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {})}
      />
    </div>
  );
  return (
    <div className="narrow">
      <title>{`${t("account.title")} · ${t("app.name")}`}</title>
      <h1>{t("account.title")}</h1>
      {account.mustChangePassword ? (
        <p className="notice" role="status">
          {t("account.mustChange")}
        </p>
      ) : null}
      {actionData?.intent === "password" && actionData.ok ? (
        <p className="notice" role="status">
          {t("account.password.done")}
        </p>
      ) : null}
      {actionData?.intent === "sessions" ? (
        <p className="notice" role="status">
          {t("account.sessions.ended", { count: String(actionData.ended) })}
        </p>
      ) : null}
      <section aria-labelledby="password-title">
        <h2 id="password-title">{t("account.password.title")}</h2>
        {passwordErrors ? (
          <div className="error-summary" role="alert">
            <h3>{t("account.errorSummary")}</h3>
          </div>
        ) : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="password" />
          {passwordField("currentPassword", t("account.password.current"), "current-password")}
          {passwordField("newPassword", t("account.password.new"), "new-password")}
          {passwordField("confirmPassword", t("account.password.confirm"), "new-password")}
          <button type="submit">{t("account.password.submit")}</button>
        </Form>
      </section>
      {account.mustChangePassword ? null : (
        <>
          <section aria-labelledby="totp-title">
            <h2 id="totp-title">{t("account.totp.title")}</h2>
            {codes ? (
              <div className="notice" role="status">
                <h3>{t("account.totp.codesTitle")}</h3>
                <p>{t("account.totp.codesIntro")}</p>
                <ul className="recovery-codes">
                  {codes.map((code) => (
                    <li key={code}>
                      <code>{code}</code>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {account.totpEnabled ? (
              <>
                <p>{t("account.totp.on", { count: String(account.recoveryCodesLeft) })}</p>
                <Form method="post">
                  <input type="hidden" name="intent" value="codes" />
                  <button type="submit" className="secondary">
                    {t("account.totp.newCodes")}
                  </button>
                </Form>
              </>
            ) : needsApproval ? (
              <p>{t("account.totp.needsApproval")}</p>
            ) : setup ? (
              <>
                <p>{t("account.totp.off")}</p>
                <p>{t("account.totp.scan")}</p>
                <img className="qr" src={setup.qrDataUrl} alt={t("account.totp.qr")} width={200} height={200} />
                <p>
                  <code className="secret">{setup.secret}</code>
                </p>
                {actionData?.intent === "totp" && !actionData.ok ? (
                  <p className="field-error" id="code-error" role="alert">
                    {t(actionData.error)}
                  </p>
                ) : null}
                <Form method="post">
                  <input type="hidden" name="intent" value="totp" />
                  <div className="field">
                    <label htmlFor="code">{t("account.totp.code")}</label>
                    <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
                  </div>
                  <button type="submit">{t("account.totp.enable")}</button>
                </Form>
              </>
            ) : null}
          </section>
          {loaderData.feed ? (
            <CalendarFeedSection feed={loaderData.feed} result={actionData?.intent === "feed" ? actionData : null} />
          ) : null}
          <OrganisationsSection organisations={organisations} />
          <DigestSection role={account.role} enabled={account.digestEmails} changed={actionData?.intent === "digest"} />
          <InvitationsSection
            invitations={invitations}
            answer={actionData?.intent === "invitation" ? actionData : null}
          />
          <section aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t("account.sessions.title")}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("account.sessions.started")}</th>
                  <th scope="col">{t("account.sessions.lastSeen")}</th>
                  <td />
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.sessionId}>
                    <td>{formatDateTime(s.createdAt, i18n.language, timeZone)}</td>
                    <td>{formatDateTime(s.lastSeenAt, i18n.language, timeZone)}</td>
                    <td>
                      {s.isCurrent ? (
                        t("account.sessions.current")
                      ) : (
                        <Form method="post">
                          <input type="hidden" name="intent" value="endSession" />
                          <input type="hidden" name="sessionId" value={s.sessionId} />
                          <button type="submit" className="secondary">
                            {t("account.sessions.end")}
                          </button>
                        </Form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Form method="post">
              <input type="hidden" name="intent" value="endOthers" />
              <button type="submit" className="secondary">
                {t("account.sessions.endOthers")}
              </button>
            </Form>
          </section>
        </>
      )}
    </div>
  );
}
