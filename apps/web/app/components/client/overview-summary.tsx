import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "./format-date.ts";

type Props = {
  clientId: string;
  status: string;
  caseworkerName: string | null;
  nextReviewDate: string | null;
  today: string;
  risk: { assessedOn: string; level: string; total: number; toClarify: number } | null;
  hasPlan: boolean;
  planStatus: string | null;
  progress: { pathway: string; goals: number; achieved: number; ladderChange: number | null }[];
};

function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return "±0";
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

/** Where she stands: status, caseworker, next review, risk level and progress per pathway. */
export function OverviewSummary(props: Props) {
  const { t, i18n } = useTranslation();
  const isOverdue = props.nextReviewDate !== null && props.nextReviewDate < props.today;
  return (
    <section className="card" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t("client.summary.title")}</h2>
      <dl className="facts">
        <dt>{t("client.summary.status")}</dt>
        <dd>{t(`clientStatus.${props.status}`)}</dd>
        <dt>{t("client.summary.caseworker")}</dt>
        <dd>{props.caseworkerName ?? t("client.noCaseworker")}</dd>
        <dt>{t("client.summary.nextReview")}</dt>
        <dd>
          {props.nextReviewDate ? formatDate(props.nextReviewDate, i18n.language) : t("client.summary.noReview")}
          {isOverdue ? <span className="badge warning">{t("client.overdue")}</span> : null}
        </dd>
        <dt>{t("client.summary.risk")}</dt>
        <dd>
          {props.risk ? (
            <>
              <span className={`risk-level risk-${props.risk.level}`}>{t(`risk.level.${props.risk.level}`)}</span>{" "}
              {t("client.summary.riskDetail", {
                total: props.risk.total,
                date: formatDate(props.risk.assessedOn, i18n.language),
              })}
              {props.risk.toClarify > 0 ? (
                <span className="muted"> · {t("risk.toClarify", { count: props.risk.toClarify })}</span>
              ) : null}
            </>
          ) : (
            <Link to={`/clients/${props.clientId}/assessments#risk-heading`}>{t("client.summary.noRisk")}</Link>
          )}
        </dd>
      </dl>
      <h3>{t("client.summary.progress")}</h3>
      {props.hasPlan ? (
        <>
          {props.planStatus ? (
            <p className="muted">{t("client.summary.planStatus", { status: t(`plan.status.${props.planStatus}`) })}</p>
          ) : null}
          <ul className="progress-list">
            {props.progress.map((p) => (
              <li key={p.pathway}>
                <strong>{t(`pathway.${p.pathway}.title`)}</strong>
                <span>
                  {p.goals === 0
                    ? t("client.summary.noGoals")
                    : t("client.summary.goalsAchieved", { achieved: p.achieved, goals: p.goals })}
                  {p.ladderChange !== null
                    ? ` · ${t("client.summary.ladderChange", { change: signed(p.ladderChange) })}`
                    : ""}
                </span>
                {p.goals > 0 ? (
                  <progress max={p.goals} value={p.achieved} aria-label={t(`pathway.${p.pathway}.title`)} />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {t("client.summary.noPlan")}{" "}
          <Link to={`/clients/${props.clientId}/plan`}>{t("client.summary.startPlan")}</Link>
        </p>
      )}
    </section>
  );
}
