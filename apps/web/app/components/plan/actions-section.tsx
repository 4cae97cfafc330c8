// The plan's actions grouped by domain: what, who helps, until when, who is responsible, the
// status (and barrier), with edit and remove, referrals, and a form to add one.

import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { ActionForm, type ActionView, type ActionVocabulary } from "./action-form.tsx";
import { type Echo, echoFor, PlanRef } from "./form-bits.tsx";
import { ReferralBox, type ReferralView } from "./referral-box.tsx";

type Props = {
  clientId: string;
  actions: ActionView[];
  domains: string[];
  vocabulary: ActionVocabulary;
  providers: { id: string; name: string; domains: string[] }[];
  workers: { id: string; name: string }[];
  goals: { id: string; domain: string; text: string }[];
  referrals: ReferralView[];
  planId: string;
  version: number;
  echo: Echo | null;
  formatDate: (iso: string) => string;
};

export function ActionsSection(props: Props) {
  const { t } = useTranslation();
  const { actions, domains, planId, version, echo, formatDate } = props;
  const used = domains.filter((d) => actions.some((a) => a.domain === d));
  const nameOf = (list: { id: string; name: string }[], id: string | undefined) =>
    id ? (list.find((x) => x.id === id)?.name ?? t("planPage.action.colleague")) : null;
  return (
    <section aria-labelledby="actions-title" className="plan-section">
      <h3 id="actions-title">{t("planPage.actions.title")}</h3>
      {actions.length === 0 ? <p className="muted">{t("planPage.actions.none")}</p> : null}
      {used.map((domain) => (
        <div key={domain} className="domain-group">
          <h4>{t(`domain.${domain}.title`)}</h4>
          <ul className="plan-items">
            {actions
              .filter((a) => a.domain === domain)
              .map((action) => {
                const own = echoFor(echo, `action-${action.id}`);
                const provider = nameOf(props.providers, action.providerId);
                const worker = nameOf(props.workers, action.responsibleWorkerId);
                const goal = action.goalId ? props.goals.find((g) => g.id === action.goalId) : undefined;
                return (
                  <li key={action.id} className="plan-item" data-action={action.actionId ?? "free-text"}>
                    <p className="action-title">
                      <strong>{action.labelKey ? t(action.labelKey) : action.freeText}</strong>
                      {action.labelKey && action.freeText ? ` — ${action.freeText}` : null}{" "}
                      <span className={`tag status-${action.status}`}>{t(`plan.actionStatus.${action.status}`)}</span>
                      {action.isOverdue ? (
                        <>
                          {" "}
                          <span className="badge warning">{t("client.overdue")}</span>
                        </>
                      ) : null}
                    </p>
                    <ul className="action-facts">
                      {goal ? <li className="for-goal">{t("planPage.action.forGoal", { goal: goal.text })}</li> : null}
                      {provider ? <li>{t("planPage.action.withProvider", { provider })}</li> : null}
                      {action.dueDate ? (
                        <li>{t("planPage.action.due", { date: formatDate(action.dueDate) })}</li>
                      ) : null}
                      {worker ? <li>{t("planPage.action.responsibleIs", { name: worker })}</li> : null}
                      {action.status === "blocked" && action.barrierReason ? (
                        <li className="barrier">
                          {t("planPage.action.blockedBy", { barrier: t(`plan.barrier.${action.barrierReason}`) })}
                          {action.barrierNote ? ` — ${action.barrierNote}` : null}
                        </li>
                      ) : null}
                    </ul>
                    {action.providerId && provider ? (
                      <ReferralBox
                        recordingMethods={props.vocabulary.recordingMethods ?? []}
                        clientId={props.clientId}
                        actionId={action.id}
                        providerName={provider}
                        referrals={props.referrals.filter((r) => r.actionId === action.id)}
                        echo={echoFor(echo, `refer-${action.id}`)}
                        formatDate={formatDate}
                      />
                    ) : null}
                    <details open={own !== null}>
                      <summary>{t("planPage.action.edit")}</summary>
                      <ActionForm
                        action={action}
                        vocabulary={props.vocabulary}
                        providers={props.providers}
                        workers={props.workers}
                        goals={props.goals}
                        planId={planId}
                        version={version}
                        echo={own}
                      />
                      <Form method="post" className="inline-form">
                        <PlanRef intent="remove-action" planId={planId} version={version} />
                        <input type="hidden" name="actionId" value={action.id} />
                        <button type="submit" className="secondary">
                          {t("planPage.action.remove")}
                        </button>
                      </Form>
                    </details>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
      <details className="add-box" open={echoFor(echo, "action-new") !== null}>
        <summary>{t("planPage.action.add")}</summary>
        <ActionForm
          action={null}
          vocabulary={props.vocabulary}
          providers={props.providers}
          workers={props.workers}
          goals={props.goals}
          planId={planId}
          version={version}
          echo={echoFor(echo, "action-new")}
        />
      </details>
    </section>
  );
}
