// Her goals grouped by domain, each with an edit form (in a disclosure) and a remove button,
// and a form to add one.

import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { type Echo, echoFor, PlanRef } from "./form-bits.tsx";
import { GoalForm, type GoalView, gasKey } from "./goal-form.tsx";

type Props = { goals: GoalView[]; domains: string[]; planId: string; version: number; echo: Echo | null };

export function GoalsSection({ goals, domains, planId, version, echo }: Props) {
  const { t } = useTranslation();
  const used = domains.filter((d) => goals.some((g) => g.domain === d));
  return (
    <section aria-labelledby="goals-title" className="plan-section">
      <h3 id="goals-title">{t("planPage.goals.title")}</h3>
      {goals.length === 0 ? <p className="muted">{t("planPage.goals.none")}</p> : null}
      {used.map((domain) => (
        <div key={domain} className="domain-group">
          <h4>{t(`domain.${domain}.title`)}</h4>
          <ul className="plan-items">
            {goals
              .filter((g) => g.domain === domain)
              .map((goal) => {
                const own = echoFor(echo, `goal-${goal.id}`);
                return (
                  <li key={goal.id} className="plan-item">
                    <p className="goal-text">
                      {goal.inHerOwnWords ? <q>{goal.text}</q> : goal.text}
                      {goal.inHerOwnWords ? <span className="tag">{t("planPage.goal.ownWordsTag")}</span> : null}
                    </p>
                    <p className="muted">
                      {t("planPage.goal.summary", {
                        level: `${goal.currentGasLevel > 0 ? "+" : ""}${goal.currentGasLevel}`,
                        meaning: t(gasKey(goal.currentGasLevel)),
                        weight: goal.weight,
                      })}
                    </p>
                    <details open={own !== null}>
                      <summary>{t("planPage.goal.edit")}</summary>
                      <GoalForm goal={goal} domains={domains} planId={planId} version={version} echo={own} />
                      <Form method="post" className="inline-form">
                        <PlanRef intent="remove-goal" planId={planId} version={version} />
                        <input type="hidden" name="goalId" value={goal.id} />
                        <button type="submit" className="secondary">
                          {t("planPage.goal.remove")}
                        </button>
                      </Form>
                    </details>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
      <details className="add-box" open={echoFor(echo, "goal-new") !== null}>
        <summary>{t("planPage.goal.add")}</summary>
        <GoalForm goal={null} domains={domains} planId={planId} version={version} echo={echoFor(echo, "goal-new")} />
      </details>
    </section>
  );
}
