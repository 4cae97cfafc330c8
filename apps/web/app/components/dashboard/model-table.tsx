import { useTranslation } from "../../i18n/use-translation.tsx";
import { BarChart } from "../charts/bar-chart.tsx";
import type { Cell, ColumnFormat, TableModel, Text } from "./table-model.ts";

/** Words and numbers of a table model in the page's language ("not recorded" for no value, never a made-up number). */
export function useCellText(): { word: (t: Text) => string; cell: (c: Cell, format: ColumnFormat) => string } {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 });
  const word = (x: Text) => ("text" in x ? x.text : t(x.key, x.params));
  const cell = (c: Cell, format: ColumnFormat) => {
    if (c === null) return t("dashboard.notRecorded");
    if (typeof c === "number") return format === "percent" ? percent.format(c / 100) : number.format(c);
    return word(c);
  };
  return { word, cell };
}

/** A table model as a captioned table, with a bar chart of one column above it when the model asks for one. */
export function ModelTable({
  model,
  exportHref,
  showChart = true,
}: {
  model: TableModel;
  exportHref?: string;
  showChart?: boolean;
}) {
  const { t } = useTranslation();
  const { word, cell } = useCellText();
  const title = t(model.titleKey);
  const chart = model.chart;
  const column = chart ? model.columns[chart.column] : undefined;
  return (
    <section className="card model-table" aria-labelledby={`${model.id}-heading`}>
      <h3 id={`${model.id}-heading`}>{title}</h3>
      {showChart && chart && column && model.rows.length > 0 ? (
        <figure className="chart-figure">
          <figcaption id={`${model.id}-chart-caption`}>
            {t("dashboard.chart.of", { column: word(column.label), table: title })}
          </figcaption>
          <div className="chart-scroll">
            <BarChart
              id={`${model.id}-chart`}
              labelledBy={`${model.id}-chart-caption`}
              max={chart.max ?? undefined}
              rows={model.rows.map((row) => {
                const value = row.cells[chart.column];
                return {
                  key: row.key,
                  label: word(row.head),
                  value: typeof value === "number" ? value : null,
                  text: cell(value ?? null, column.format),
                };
              })}
            />
          </div>
          <p className="hint">{t("dashboard.chart.tableBelow")}</p>
        </figure>
      ) : null}
      {model.rows.length === 0 ? (
        <p className="muted">{t("dashboard.noData")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" id={`${model.id}-table`}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.col.item")}</th>
                {model.columns.map((c, i) => (
                  <th key={i} scope="col" className="num">
                    {word(c.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{word(row.head)}</th>
                  {row.cells.map((c, i) => (
                    <td key={i} className="num">
                      {cell(c, row.format ?? model.columns[i]?.format ?? "number")}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {exportHref ? (
        <p>
          <a href={exportHref} download>
            {t("dashboard.export.csv", { table: title })}
          </a>
        </p>
      ) : null}
    </section>
  );
}
