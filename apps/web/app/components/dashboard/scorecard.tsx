import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { ChartFigure } from "../charts/chart-figure.tsx";
import { LineChart } from "../charts/line-chart.tsx";
import { StackedBarChart, type StackSeries } from "../charts/stacked-bar-chart.tsx";
import { SCORECARD_STATUSES, type ScorecardView } from "./scorecard-view.ts";

/** The principle scorecard (issue 6): shares per principle as a chart, a table with drill-downs, and the trend. */
export function Scorecard({ scorecard, query }: { scorecard: ScorecardView; query: string | null }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });
  const points = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const share = (value: number | null) => (value === null ? "—" : percent.format(value / 100));
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" });
  const drill = (principle: string, status: string) =>
    `/dashboard/principles/${principle}?${new URLSearchParams({ status, ...Object.fromEntries(new URLSearchParams(query ?? "")) })}`;
  return (
    <section className="card wide" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">{t("dashboard.scorecard.title")}</h2>
      <p className="muted">{t("dashboard.scorecard.intro", { count: scorecard.clients })}</p>
      <ScorecardChart scorecard={scorecard} />
      <div className="table-scroll">
        <table className="data-table scorecard">
          <caption>
            {t("dashboard.scorecard.tableCaption", { date: day.format(new Date(`${scorecard.asOf}T00:00:00Z`)) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.scorecard.principle")}</th>
              {SCORECARD_STATUSES.map((s) => (
                <th key={s.status} scope="col" className="num">
                  {t(s.labelKey)}
                </th>
              ))}
              <th scope="col">{t("dashboard.scorecard.trend")}</th>
              {query !== null ? <th scope="col">{t("dashboard.scorecard.clients")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {scorecard.principles.map((p) => (
              <tr key={p.principle}>
                <th scope="row">
                  <span className="principle-number">{`P${p.number}`}</span> {t(p.titleKey)}
                </th>
                {SCORECARD_STATUSES.map((s) => (
                  <td key={s.status} className="num">
                    {share(p.share[s.status] ?? null)}
                  </td>
                ))}
                <td>
                  {p.gapChange === null
                    ? t("dashboard.scorecard.noTrend")
                    : t("dashboard.scorecard.gapChange", {
                        points: points.format(p.gapChange),
                        since: p.trendSince ?? "",
                      })}
                </td>
                {query !== null ? (
                  <td>
                    <ul className="cell-list">
                      <li>
                        <Link to={drill(p.principle, "gap")}>
                          {t("dashboard.scorecard.gapClients", { count: p.counts["not-met"] ?? 0 })}
                        </Link>
                      </li>
                      <li>
                        <Link to={drill(p.principle, "partly")}>
                          {t("dashboard.scorecard.partlyClients", { count: p.counts.partly ?? 0 })}
                        </Link>
                      </li>
                    </ul>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {query !== null ? (
        <p>
          <a href={`/dashboard/export/scorecard.csv?${query}`} download>
            {t("dashboard.export.csv", { table: t("dashboard.scorecard.title") })}
          </a>
        </p>
      ) : null}
      <ScorecardTrend scorecard={scorecard} />
    </section>
  );
}

/** Met / partly / gap shares per principle as stacked bars; the scorecard table below holds the same numbers. */
export function ScorecardChart({ scorecard }: { scorecard: ScorecardView }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });
  const series: StackSeries[] = SCORECARD_STATUSES.map((s) => ({ key: s.status, label: t(s.labelKey), fill: s.fill }));
  const rows = scorecard.principles.map((p) => ({
    key: p.principle,
    label: `P${p.number} ${t(p.titleKey)}`,
    shares: Object.fromEntries(SCORECARD_STATUSES.map((s) => [s.status, (p.share[s.status] ?? 0) / 100])),
  }));
  return (
    <figure className="chart-figure">
      <figcaption id="scorecard-chart-caption">{t("dashboard.scorecard.chartCaption")}</figcaption>
      <div className="chart-scroll">
        <StackedBarChart
          id="scorecard-chart"
          series={series}
          rows={rows}
          labelledBy="scorecard-chart-caption"
          formatShare={(s) => percent.format(s)}
        />
      </div>
      <p className="hint">{t("dashboard.chart.tableBelow")}</p>
    </figure>
  );
}

function ScorecardTrend({ scorecard }: { scorecard: ScorecardView }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });
  // Only months whose scorecard is recorded: a back-filled month has none (plan checks read today's plan).
  const months = scorecard.trend.filter((m) => Object.values(m.shares).some((v) => v !== null));
  if (months.length < 2) return <p className="hint">{t("dashboard.trend.none")}</p>;
  const labels = months.map((m) => m.label);
  const series = SCORECARD_STATUSES.filter((s) => s.status !== "not-applicable").map((s) => ({
    key: s.status,
    label: t(s.labelKey),
    fill: s.fill,
    dash: s.status === "partly" ? "6 3" : s.status === "not-met" ? "2 3" : undefined,
    values: months.map((m) => m.shares[s.status] ?? null),
  }));
  return (
    <ChartFigure
      id="trend-chart"
      caption={t("dashboard.trend.caption")}
      chart={
        <LineChart
          labels={labels}
          series={series}
          labelledBy="trend-chart-caption"
          formatValue={(v) => percent.format(v)}
        />
      }
      table={
        <table className="data-table">
          <caption>{t("dashboard.trend.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.trend.month")}</th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m, i) => (
              <tr key={m.month}>
                <th scope="row">{m.label}</th>
                {series.map((s) => (
                  <td key={s.key} className="num">
                    {s.values[i] == null ? "—" : percent.format(s.values[i] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
