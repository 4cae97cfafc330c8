// Approval: submit for the manager (draft or returned), approve or return with a required
// comment (manager, submitted), the status and the manager's return comment.

import { Form, Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { type Echo, FieldError, FormAlert, invalidProps, PlanRef } from "./form-bits.tsx";
import { ConfirmOpenGaps, type UnmetPrinciple, UnmetPrinciples } from "./open-gaps-confirm.tsx";
import { type ChangeView, PlanChanges } from "./plan-changes.tsx";

type Props = {
  clientId: string;
  plan: { id: string; version: number; status: string; returnComment: string | null };
  role: string;
  echo: Echo | null;
  /** Material changes since approval: shown, and the manager decides again. */
  changes: readonly ChangeView[];
  /** The principles her plan leaves unmet: approving asks the manager to confirm them. */
  unmet: readonly UnmetPrinciple[];
};

export function WorkflowPanel({ clientId, plan, role, echo, changes, unmet }: Props) {
  const { t } = useTranslation();
  const canSubmit = plan.status === "draft" || plan.status === "returned";
  const awaitsDecision = plan.status === "submitted" || (plan.status === "approved" && changes.length > 0);
  const canDecide = role === "manager" && awaitsDecision;
  return (
    <section aria-labelledby="workflow-title" className="plan-section workflow">
      <h3 id="workflow-title">{t("planPage.workflow.title")}</h3>
      <p>
        {t("planPage.workflow.status")}{" "}
        <span className={`tag plan-status-${plan.status}`}>{t(`plan.status.${plan.status}`)}</span>
      </p>
      {plan.status === "returned" && plan.returnComment ? (
        <div className="plan-notice">
          <p className="alert-title">{t("planPage.workflow.returnComment")}</p>
          <p className="return-comment">{plan.returnComment}</p>
        </div>
      ) : null}
      <PlanChanges changes={changes} headingId="changes-since-approval" />
      {canDecide ? <UnmetPrinciples idPrefix="plan-gaps" unmet={unmet} /> : null}
      {echo?.formError === "plan.error.confirmOpenGaps" ? null : <FormAlert echo={echo} />}
      <div className="workflow-actions">
        {canSubmit ? (
          <Form method="post">
            <PlanRef intent="submit" planId={plan.id} version={plan.version} />
            <button type="submit">{t("planPage.workflow.submit")}</button>
          </Form>
        ) : null}
        {canDecide ? (
          <>
            <Form method="post">
              <PlanRef intent="approve" planId={plan.id} version={plan.version} />
              <ConfirmOpenGaps
                idPrefix="plan-gaps"
                unmet={unmet}
                error={echo?.formError === "plan.error.confirmOpenGaps" ? echo.formError : null}
              />
              <button type="submit">{t("planPage.workflow.approve")}</button>
            </Form>
            <Form method="post" className="return-form" key={echo?.nonce ?? "return"}>
              <PlanRef intent="return" planId={plan.id} version={plan.version} />
              <div className="field">
                <label htmlFor="return-comment">{t("planPage.workflow.comment")}</label>
                <FieldError echo={echo} name="comment" id="return-comment" />
                <textarea
                  id="return-comment"
                  name="comment"
                  rows={3}
                  maxLength={2000}
                  defaultValue={typeof echo?.values.comment === "string" ? echo.values.comment : ""}
                  {...invalidProps(echo, "comment", "return-comment")}
                />
              </div>
              <button type="submit" className="secondary">
                {t("planPage.workflow.return")}
              </button>
            </Form>
          </>
        ) : null}
        {awaitsDecision && role !== "manager" ? <p className="muted">{t("planPage.workflow.waiting")}</p> : null}
      </div>
      <p className="plan-links">
        <Link to={`/clients/${clientId}/plan/print`}>{t("planPage.printLink")}</Link> ·{" "}
        <Link to={`/clients/${clientId}/reviews`}>{t("planPage.reviewsLink")}</Link>
      </p>
    </section>
  );
}
