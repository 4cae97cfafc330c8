// Distance travelled per domain: first and latest ladder readings (1–10) as plain SVG bars
// with their numbers written beside them, and the same numbers as a table.
import { useTranslation } from "../../i18n/use-translation.tsx";

export type DistanceRow = { domain: string; before: number; after: number | null };

const ROW = 34;
const LABEL = 190;
const SCALE = 26; // px per ladder step

export function DistanceChart({
  rows,
  dates,
}: {
  rows: DistanceRow[];
  dates: { before: string | null; after: string | null };
}) {
  const { t } = useTranslation();
  if (!rows.length) return <p className="muted">{t("planReview.chart.empty")}</p>;
  const width = LABEL + SCALE * 10 + 120;
  const height = rows.length * ROW + 28;
  const change = (r: DistanceRow) =>
    r.after === null ? "—" : `${r.after - r.before > 0 ? "+" : ""}${r.after - r.before}`;
  return (
    <figure className="distance">
      <figcaption id="distance-caption">
        {t("planReview.chart.caption", { before: dates.before ?? "—", after: dates.after ?? "—" })}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="distance-caption" className="distance-svg">
        <g className="legend" aria-hidden="true">
          <rect x={LABEL} y={2} width={14} height={8} className="bar-before" />
          <text x={LABEL + 18} y={10}>
            {t("planReview.chart.before")}
          </text>
          <rect x={LABEL + 110} y={2} width={14} height={8} className="bar-after" />
          <text x={LABEL + 128} y={10}>
            {t("planReview.chart.after")}
          </text>
        </g>
        {rows.map((r, i) => {
          const y = 22 + i * ROW;
          return (
            <g key={r.domain} aria-hidden="true">
              <text x={0} y={y + 16} className="bar-label">
                {t(`domain.${r.domain}.title`)}
              </text>
              <rect x={LABEL} y={y} width={r.before * SCALE} height={11} className="bar-before" />
              <text x={LABEL + r.before * SCALE + 4} y={y + 10} className="bar-value">
                {r.before}
              </text>
              {r.after !== null ? (
                <>
                  <rect x={LABEL} y={y + 14} width={r.after * SCALE} height={11} className="bar-after" />
                  <text x={LABEL + r.after * SCALE + 4} y={y + 24} className="bar-value">
                    {`${r.after} (${change(r)})`}
                  </text>
                </>
              ) : null}
            </g>
          );
        })}
      </svg>
      <div className="table-scroll">
        <table className="distance-table">
          <caption>{t("planReview.chart.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("planPage.domain")}</th>
              <th scope="col">{t("planReview.chart.before")}</th>
              <th scope="col">{t("planReview.chart.after")}</th>
              <th scope="col">{t("planReview.chart.change")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.domain}>
                <th scope="row">{t(`domain.${r.domain}.title`)}</th>
                <td>{r.before}</td>
                <td>{r.after ?? "—"}</td>
                <td>{change(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
