import { data, Form, Link } from "react-router";
import { formatDate } from "../../components/client/format-date.ts";
import { ConfirmOpenGaps, UnmetPrinciples } from "../../components/plan/open-gaps-confirm.tsx";
import { PlanChanges } from "../../components/plan/plan-changes.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/approvals";
import { decideFromQueue, loadApprovals } from "./approvals.server.ts";

export async function loader({ context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "manager") throw data(null, { status: 403 });
  return data({ items: await loadApprovals(caller) }, { headers: { "cache-control": "no-store" } });
}

export function headers() {
  return { "cache-control": "no-store" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "manager") throw data(null, { status: 403 });
  const result = await decideFromQueue(caller, await request.formData());
  return data(result, { status: result.ok ? 200 : result.error === "planPage.conflict" ? 409 : 400 });
}

/** Managers: plans waiting for approval, oldest first, approved or returned from here (issue 16). */
export default function Approvals({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const { items } = loaderData;
  const failed = actionData && !actionData.ok ? actionData : null;
  return (
    <div className="approvals">
      <title>{`${t("approvals.title")} · ${t("app.name")}`}</title>
      <h1>{t("approvals.title")}</h1>
      <p>{t("approvals.intro")}</p>
      {actionData?.ok ? (
        <p className="notice" role="status">
          {t(`approvals.done.${actionData.intent}`, { pseudonym: actionData.pseudonym ?? "" })}
        </p>
      ) : null}
      {items.length === 0 ? <p className="muted">{t("approvals.empty")}</p> : null}
      <ol className="approval-queue">
        {items.map((item) => {
          const error = failed?.planId === item.planId ? failed : null;
          const commentId = `comment-${item.planId}`;
          return (
            <li key={item.planId} className="card approval-item" aria-labelledby={`item-${item.planId}`}>
              <h2 id={`item-${item.planId}`}>
                <Link to={`/clients/${item.clientId}/plan`}>{item.pseudonym}</Link>
              </h2>
              <p className="muted">
                {t(item.status === "submitted" ? "approvals.submittedOn" : "approvals.changedOn", {
                  date: formatDate(item.waitingSince, i18n.language),
                  caseworker: item.caseworkerName ?? t("approvals.noCaseworker"),
                })}
              </p>
              <UnmetPrinciples idPrefix={`gaps-${item.planId}`} unmet={item.unmet} />
              <PlanChanges changes={item.changes} headingId={`changes-${item.planId}`} />
              {error?.error && error.error !== "plan.error.confirmOpenGaps" ? (
                <p className="field-error" role="alert" id={`error-${item.planId}`}>
                  {t(error.error)}
                </p>
              ) : null}
              <div className="workflow-actions">
                <Form method="post">
                  <DecisionRef item={item} intent="approve" />
                  <ConfirmOpenGaps
                    idPrefix={`gaps-${item.planId}`}
                    unmet={item.unmet}
                    error={error?.error === "plan.error.confirmOpenGaps" ? error.error : null}
                  />
                  <button type="submit">{t("approvals.approve", { pseudonym: item.pseudonym })}</button>
                </Form>
                <Form method="post" className="return-form">
                  <DecisionRef item={item} intent="return" />
                  <div className="field">
                    <label htmlFor={commentId}>{t("planPage.workflow.comment")}</label>
                    <textarea
                      id={commentId}
                      name="comment"
                      rows={2}
                      maxLength={2000}
                      defaultValue={error?.comment ?? ""}
                      aria-invalid={error?.error === "approvals.commentRequired" ? true : undefined}
                      aria-describedby={error?.error ? `error-${item.planId}` : undefined}
                    />
                  </div>
                  <button type="submit" className="secondary">
                    {t("approvals.return", { pseudonym: item.pseudonym })}
                  </button>
                </Form>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function DecisionRef({
  item,
  intent,
}: {
  item: { clientId: string; planId: string; version: number; pseudonym: string };
  intent: string;
}) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="clientId" value={item.clientId} />
      <input type="hidden" name="planId" value={item.planId} />
      <input type="hidden" name="version" value={item.version} />
      <input type="hidden" name="pseudonym" value={item.pseudonym} />
    </>
  );
}
