import type { ReactNode } from "react";
import { useTranslation } from "../../i18n/use-translation.tsx";

/**
 * A chart with its caption and, one click away (and always in print), the same numbers as a
 * table: screen-reader users and people who prefer numbers lose nothing.
 */
export function ChartFigure({
  id,
  caption,
  chart,
  table,
  after,
}: {
  id: string;
  caption: string;
  chart: ReactNode;
  table: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <div className="chart-scroll">{chart}</div>
      <details className="chart-table">
        <summary>{t("dashboard.chart.showTable")}</summary>
        {table}
      </details>
      {after ? <p>{after}</p> : null}
    </figure>
  );
}
