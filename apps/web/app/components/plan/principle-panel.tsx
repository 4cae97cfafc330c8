// The 11 principles beside the plan: each by its full title with a text badge (met, partly,
// not met, not applicable), the findings behind it, and one-click suggested actions (small
// POST forms, no JavaScript needed). Also PLM and EEM progress.

import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { useFindingText } from "./finding-text.ts";
import { PlanRef } from "./form-bits.tsx";

export type PrincipleView = {
  id: string;
  number: number;
  titleKey: string;
  status: string;
  findings: {
    id: string;
    severity: string;
    messageKey: string;
    params: Record<string, unknown>;
    suggestion: { domain: string; actionId: string; labelKey: string } | null;
    /** The suggested step is already in her plan: shown as in progress, nothing to add. */
    inPlanLabelKey?: string | null;
  }[];
};

export type ProgressView = {
  pathway: string;
  goals: number;
  achieved: number;
  share: number | null;
  ladderChange: number | null;
};

type Props = { principles: PrincipleView[]; progress: ProgressView[]; plan: { id: string; version: number } | null };

export function PrinciplePanel({ principles, progress, plan }: Props) {
  const { t } = useTranslation();
  const findingText = useFindingText();
  const gaps = principles.filter((p) => p.status === "not-met").length;
  return (
    <aside className="principle-panel" aria-labelledby="principles-title">
      <h3 id="principles-title">{t("planPanel.title")}</h3>
      <p className="muted">{t("planPanel.summary", { count: gaps })}</p>
      <ol className="principles">
        {principles.map((p) => (
          <li key={p.id} className={`principle status-${p.status}`} data-principle={p.id}>
            <h4>
              <span className="principle-number">{t("planPanel.number", { number: p.number })}</span> {t(p.titleKey)}
            </h4>
            <p className={`badge coverage-${p.status}`}>{t(`planCheck.coverage.${p.status}`)}</p>
            {p.findings.length ? (
              <ul className="findings">
                {p.findings.map((f) => (
                  <li key={f.id} className={`finding severity-${f.severity}`} data-rule={f.id}>
                    <span className="severity">{t(`planCheck.severity.${f.severity}`)}:</span>{" "}
                    {findingText(f.messageKey, f.params)}
                    {f.inPlanLabelKey ? (
                      <p className="in-plan">{t("journey.inPlan", { action: t(f.inPlanLabelKey) })}</p>
                    ) : null}
                    {f.suggestion && plan ? (
                      <Form method="post" className="suggest-form">
                        <PlanRef intent="add-suggested" planId={plan.id} version={plan.version} />
                        <input type="hidden" name="domain" value={f.suggestion.domain} />
                        <input type="hidden" name="suggestedActionId" value={f.suggestion.actionId} />
                        <button type="submit" className="secondary small">
                          {t("planPanel.addSuggested", { action: t(f.suggestion.labelKey) })}
                        </button>
                      </Form>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <h4>{t("planPanel.progressTitle")}</h4>
      <dl className="progress">
        {progress.map((p) => (
          <div key={p.pathway}>
            <dt>{t(`pathway.${p.pathway}.title`)}</dt>
            <dd>
              {p.goals ? t("planPanel.goalsReached", { achieved: p.achieved, goals: p.goals }) : t("planPanel.noGoals")}
              {p.share !== null ? (
                <svg className="meter" aria-hidden="true" viewBox="0 0 100 1" preserveAspectRatio="none">
                  <rect width={Math.round(p.share * 100)} height="1" />
                </svg>
              ) : null}
              {p.ladderChange !== null ? (
                <span className="ladder-change">
                  {t("planPanel.ladderChange", {
                    change: `${p.ladderChange > 0 ? "+" : ""}${p.ladderChange.toFixed(1)}`,
                  })}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
