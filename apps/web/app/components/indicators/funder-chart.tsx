import { useTranslation } from "../../i18n/use-translation.tsx";
import type { FunderReportView } from "../../routes/indicators/funder-indicators.server.ts";
import { BarChart, type BarRow } from "../charts/bar-chart.tsx";
import { ChartFigure } from "../charts/chart-figure.tsx";

type Indicator = FunderReportView["indicators"][number];

/** The share indicators as bars; a suppressed share gets no bar and says so. */
export function FunderChart({ indicators, k }: { indicators: readonly Indicator[]; k: number }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent" });
  const rows: BarRow[] = indicators.flatMap((indicator) =>
    indicator.kind !== "ratio"
      ? []
      : [
          {
            key: indicator.id,
            label: t(`indicators.${indicator.id}.title`),
            value: indicator.percent.kind === "value" ? indicator.percent.value : null,
            text:
              indicator.percent.kind === "value"
                ? percent.format(indicator.percent.value / 100)
                : t("funder.suppressed", { k }),
          },
        ],
  );
  if (rows.length === 0) return null;
  return (
    <ChartFigure
      id="funder-shares"
      caption={t("funder.chart.caption")}
      chart={<BarChart id="funder-shares" rows={rows} max={100} labelledBy="funder-shares-caption" />}
      table={
        <table className="data-table">
          <caption>{t("funder.chart.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("funder.indicator")}</th>
              <th scope="col" className="num">
                {t("funder.result")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="num">{row.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
