// The 11 principles beside the plan: each by its full title with a text badge (met, partly,
// not met, not applicable), the findings behind it, and one-click suggested actions (small
// POST forms, no JavaScript needed). Also PLM and EEM progress.

import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { useFindingText } from "./finding-text.ts";
import { type Echo, PlanRef } from "./form-bits.tsx";

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

type SuggestDefaults = { dueDate: string; responsibleWorkerId: string };

type Props = {
  principles: PrincipleView[];
  progress: ProgressView[];
  plan: { id: string; version: number } | null;
  /** Who can be responsible for a step (the organisation's caseworkers and managers). */
  workers: readonly { id: string; name: string }[];
  defaults: SuggestDefaults;
  /** The last "add a suggestion" post when it was refused: its form keeps what was chosen. */
  echo: Echo | null;
};

/**
 * One suggested step as a small form: its due date and responsible worker, pre-filled, and the
 * button that adds it (one click still adds; works without JavaScript).
 */
function SuggestForm({
  formId,
  plan,
  suggestion,
  workers,
  defaults,
  echo,
}: {
  formId: string;
  plan: { id: string; version: number };
  suggestion: { domain: string; actionId: string; labelKey: string };
  workers: Props["workers"];
  defaults: SuggestDefaults;
  echo: Echo | null;
}) {
  const { t } = useTranslation();
  const own = echo?.values.suggestedActionId === suggestion.actionId ? echo : null;
  const value = (name: keyof SuggestDefaults) => {
    const echoed = own?.values[name];
    return typeof echoed === "string" ? echoed : defaults[name];
  };
  const errorOf = (name: string) => own?.errors[name];
  const field = (name: keyof SuggestDefaults) => ({
    id: `${formId}-${name}`,
    name,
    "aria-invalid": errorOf(name) ? (true as const) : undefined,
    "aria-describedby": errorOf(name) ? `${formId}-${name}-error` : undefined,
  });
  const fieldError = (name: keyof SuggestDefaults) =>
    errorOf(name) ? (
      <p className="field-error" id={`${formId}-${name}-error`}>
        {t(errorOf(name) ?? "")}
      </p>
    ) : null;
  return (
    <Form method="post" className="suggest-form">
      <PlanRef intent="add-suggested" planId={plan.id} version={plan.version} />
      <input type="hidden" name="domain" value={suggestion.domain} />
      <input type="hidden" name="suggestedActionId" value={suggestion.actionId} />
      <div className="suggest-fields">
        <div className="field">
          <label htmlFor={`${formId}-dueDate`}>{t("planPanel.suggest.dueDate")}</label>
          {fieldError("dueDate")}
          <input type="date" {...field("dueDate")} defaultValue={value("dueDate")} />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-responsibleWorkerId`}>{t("planPanel.suggest.worker")}</label>
          {fieldError("responsibleWorkerId")}
          <select {...field("responsibleWorkerId")} defaultValue={value("responsibleWorkerId")}>
            <option value="">{t("planPanel.suggest.nobody")}</option>
            {workers.map((worker) => (
              <option key={worker.id} value={worker.id}>
                {worker.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="secondary small">
        {t("planPanel.addSuggested", { action: t(suggestion.labelKey) })}
      </button>
    </Form>
  );
}

export function PrinciplePanel({ principles, progress, plan, workers, defaults, echo }: Props) {
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
                {p.findings.map((f, index) => (
                  <li key={f.id} className={`finding severity-${f.severity}`} data-rule={f.id}>
                    <span className="severity">{t(`planCheck.severity.${f.severity}`)}:</span>{" "}
                    {findingText(f.messageKey, f.params)}
                    {f.inPlanLabelKey ? (
                      <p className="in-plan">{t("journey.inPlan", { action: t(f.inPlanLabelKey) })}</p>
                    ) : null}
                    {f.suggestion && plan ? (
                      <SuggestForm
                        formId={`suggest-${p.number}-${index}`}
                        plan={plan}
                        suggestion={f.suggestion}
                        workers={workers}
                        defaults={defaults}
                        echo={echo}
                      />
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
