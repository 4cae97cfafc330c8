import { useTranslation } from "../../i18n/use-translation.tsx";
import type { ScorecardView } from "./scorecard-view.ts";

const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 28;

/** Points of a sparkline over the twelve months; a month not recorded breaks the line. */
function sparkSegments(values: readonly (number | null)[]): string[] {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return [];
  const low = Math.min(...known);
  const high = Math.max(...known);
  const step = values.length > 1 ? SPARK_WIDTH / (values.length - 1) : 0;
  const y = (v: number) =>
    high === low ? SPARK_HEIGHT / 2 : SPARK_HEIGHT - 2 - ((v - low) / (high - low)) * (SPARK_HEIGHT - 4);
  const segments: string[][] = [[]];
  values.forEach((v, i) => {
    if (v === null) segments.push([]);
    else segments.at(-1)?.push(`${(i * step).toFixed(1)},${y(v).toFixed(1)}`);
  });
  return segments.filter((s) => s.length > 0).map((s) => s.join(" "));
}

/**
 * The last twelve months of the organisation's headline figures and scorecard (issue 18): a
 * sparkline per figure with its words beside it (the text alternative, visible to everyone), and
 * a table of every month, each labelled with how and as of when it was recorded. A figure the
 * record could not give for a month says "not recorded". Plain HTML and SVG: works without JavaScript.
 */
export function MonthlyTrend({ scorecard, query = null }: { scorecard: ScorecardView; query?: string | null }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: "UTC" });
  const dayOf = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
  const notRecorded = t("dashboard.notRecorded");
  const value = (v: number | null | undefined) => (v == null ? notRecorded : number.format(v));
  const share = (v: number | null | undefined) => (v == null ? notRecorded : percent.format(v));
  const months = scorecard.trend;
  return (
    <section className="card wide" aria-labelledby="monthly-trend-heading">
      <h2 id="monthly-trend-heading">{t("dashboard.monthly.title")}</h2>
      {months.length === 0 ? (
        <p className="hint">{t("dashboard.monthly.filtered")}</p>
      ) : (
        <>
          <p className="muted">{t("dashboard.monthly.intro")}</p>
          <ul className="sparklines">
            {scorecard.figureIds.map((id) => {
              const values = months.map((m) => m.figures[id] ?? null);
              const recorded = months.filter((m) => m.figures[id] != null);
              const first = recorded[0];
              const last = recorded.at(-1);
              return (
                <li key={id} data-figure={id}>
                  <span className="sparkline-label">{t(`dashboard.figure.${id}`)}</span>
                  <svg
                    className="sparkline"
                    width={SPARK_WIDTH}
                    height={SPARK_HEIGHT}
                    viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`}
                    aria-hidden="true"
                    focusable="false"
                  >
                    {sparkSegments(values).map((points) => (
                      <polyline key={points} points={points} fill="none" stroke="currentColor" strokeWidth={2} />
                    ))}
                  </svg>
                  <span className="sparkline-text">
                    {first && last
                      ? t("dashboard.monthly.spark", {
                          from: value(first.figures[id]),
                          fromMonth: first.label,
                          to: value(last.figures[id]),
                          toMonth: last.label,
                          count: recorded.length,
                          total: months.length,
                        })
                      : t("dashboard.monthly.sparkNone", { total: months.length })}
                  </span>
                </li>
              );
            })}
          </ul>
          <section
            className="table-scroll"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard (axe scrollable-region-focusable)
            tabIndex={0}
            aria-labelledby="monthly-trend-caption"
          >
            <table className="data-table monthly-trend">
              <caption id="monthly-trend-caption">{t("dashboard.monthly.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.trend.month")}</th>
                  <th scope="col">{t("dashboard.monthly.recorded")}</th>
                  <th scope="col" className="num">
                    {t("dashboard.monthly.metShare")}
                  </th>
                  <th scope="col" className="num">
                    {t("dashboard.monthly.gapShare")}
                  </th>
                  {scorecard.figureIds.map((id) => (
                    <th key={id} scope="col" className="num">
                      {t(`dashboard.figure.${id}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{m.label}</th>
                    <td>
                      {m.source === null || m.asOf === null
                        ? notRecorded
                        : t(m.source === "live" ? "dashboard.monthly.live" : "dashboard.monthly.rebuilt", {
                            date: dayOf(m.asOf),
                          })}
                    </td>
                    <td className="num">{share(m.shares.met)}</td>
                    <td className="num">{share(m.shares["not-met"])}</td>
                    {scorecard.figureIds.map((id) => (
                      <td key={id} className="num">
                        {id === "reviews-on-time-percent"
                          ? share(m.figures[id] == null ? null : (m.figures[id] ?? 0) / 100)
                          : value(m.figures[id])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <p className="hint">{t("dashboard.monthly.method")}</p>
          {query !== null ? (
            <p>
              <a href={`/dashboard/export/trend.csv?${query}`} download>
                {t("dashboard.export.csv", { table: t("dashboard.monthly.caption") })}
              </a>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
