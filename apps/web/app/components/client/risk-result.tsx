import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "./format-date.ts";

type Item = { id: string; labelKey: string };
type Result = {
  assessedOn: string;
  level: string;
  total: number;
  drivers: Item[];
  toClarify: Item[];
  clarifyFirst: string[];
  unanswered: number;
};

/** The latest risk result: level, score, the items that set it, and what to clarify with her. */
export function RiskResult({ result }: { result: Result | null }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="risk-result-heading">
      <h2 id="risk-result-heading">{t("client.assessments.riskResult")}</h2>
      {result === null ? (
        <p>{t("client.assessments.noRisk")}</p>
      ) : (
        <>
          <p>
            <span className={`risk-level risk-${result.level}`}>{t(`risk.level.${result.level}`)}</span>{" "}
            {t("client.summary.riskDetail", {
              total: result.total,
              date: formatDate(result.assessedOn, i18n.language),
            })}
          </p>
          <p className="reminder">{t("client.assessments.riskReminder")}</p>
          <h3>{t("client.assessments.drivers")}</h3>
          {result.drivers.length === 0 ? (
            <p>{t("client.assessments.noDrivers")}</p>
          ) : (
            <ul>
              {result.drivers.map((item) => (
                <li key={item.id}>{t(item.labelKey)}</li>
              ))}
            </ul>
          )}
          <h3>{t("client.assessments.toClarify")}</h3>
          {result.toClarify.length === 0 ? (
            <p>{t("client.assessments.nothingToClarify")}</p>
          ) : (
            <ul>
              {result.toClarify.map((item) => (
                <li key={item.id}>
                  {t(item.labelKey)}
                  {result.clarifyFirst.includes(item.id) ? (
                    <span className="badge warning">{t("client.assessments.askFirst")}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {result.unanswered > 0 ? (
            <p className="muted">{t("client.assessments.unanswered", { count: result.unanswered })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
