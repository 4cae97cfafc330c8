import { data, Form, Link } from "react-router";
import { formatDateTime } from "../../components/client/format-date.ts";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/admin-oversight";
import { handleOversightAction, loadOversight } from "./admin-oversight.server.ts";

/** Managers' oversight (issue 17): identity reveals to review, and whether the audit trail is whole. */
function oversightCaller(context: Route.LoaderArgs["context"]) {
  const { caller, session } = requireApi(context);
  if (session.role !== "manager" && session.role !== "admin") throw data(null, { status: 403 });
  return { caller, isManager: session.role === "manager", timeZone: session.timeZone };
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, isManager, timeZone } = oversightCaller(context);
  return data(
    { ...(await loadOversight(caller, new URL(request.url), isManager)), isManager, timeZone },
    { headers: { "cache-control": "no-store" } },
  );
}

export async function action({ request, context }: Route.ActionArgs) {
  return handleOversightAction(oversightCaller(context).caller, request);
}

export default function AdminOversight({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const { show, reveals, verification, done, isManager, timeZone } = loaderData;
  const when = (value: string) => formatDateTime(value, i18n.language, timeZone);
  return (
    <div>
      <title>{`${t("adminOversight.title")} · ${t("app.name")}`}</title>
      <h1>{t("adminOversight.title")}</h1>
      {done ? (
        <p className="notice" role="status">
          {t(`adminOversight.done.${done}`)}
        </p>
      ) : null}
      {actionData?.error ? (
        <div className="error-summary" role="alert">
          <p>{t(actionData.error)}</p>
        </div>
      ) : null}
      <section aria-labelledby="verification-title">
        <h2 id="verification-title">{t("adminOversight.verification")}</h2>
        {verification === null ? (
          <p>{t("adminOversight.neverVerified")}</p>
        ) : verification.ok ? (
          <p>
            {t("adminOversight.whole", {
              when: when(verification.verifiedAt),
              events: String(verification.events),
              source: t(`adminOversight.source.${verification.source === "script" ? "script" : "manager"}`),
            })}
          </p>
        ) : (
          <p className="warning" role="alert">
            {t("adminOversight.broken", {
              when: when(verification.verifiedAt),
              event: String(verification.brokenAtEventId ?? "?"),
            })}
          </p>
        )}
        <Form method="post">
          <input type="hidden" name="intent" value="verify" />
          <button type="submit">{t("adminOversight.verifyNow")}</button>
        </Form>
      </section>
      {isManager && reveals ? (
        <section aria-labelledby="reveals-title">
          <h2 id="reveals-title">{t("adminOversight.reveals")}</h2>
          <p>{t("adminOversight.revealsIntro")}</p>
          <p>
            <Link to={show === "all" ? "/admin/oversight" : "/admin/oversight?show=all"}>
              {t(show === "all" ? "adminOversight.showOpen" : "adminOversight.showAll")}
            </Link>
          </p>
          {reveals.length === 0 ? (
            <p>{t(show === "all" ? "adminOversight.noReveals" : "adminOversight.nothingToReview")}</p>
          ) : (
            <ul className="reveal-list">
              {reveals.map((r) => (
                <li key={r.revealId} className="card">
                  <h3>
                    <Link to={`/clients/${r.clientId}/audit`}>{r.pseudonym}</Link>
                  </h3>
                  <dl className="facts">
                    <dt>{t("adminOversight.when")}</dt>
                    <dd>{when(r.revealedAt)}</dd>
                    <dt>{t("adminOversight.who")}</dt>
                    <dd>{r.revealedByName ?? t("adminOversight.formerStaff")}</dd>
                    <dt>{t("adminOversight.reason")}</dt>
                    <dd>{t(`identity.reason.${r.reason}`)}</dd>
                    <dt>{t("adminOversight.justification")}</dt>
                    <dd className="free-text">{r.justification}</dd>
                  </dl>
                  {r.reviewedAt ? (
                    <p>
                      {t("adminOversight.reviewedBy", {
                        name: r.reviewedByName ?? t("adminOversight.formerStaff"),
                        when: when(r.reviewedAt),
                      })}
                    </p>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="intent" value="review" />
                      <input type="hidden" name="revealId" value={r.revealId} />
                      <button type="submit">
                        {t("adminOversight.markReviewed")}
                        <span className="visually-hidden"> {r.pseudonym}</span>
                      </button>
                    </Form>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
