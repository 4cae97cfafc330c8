import { useTranslation } from "../../i18n/use-translation.tsx";
import { useCategoryLabel } from "./category-label.ts";
import { type Protected, ProtectedValue } from "./protected-value.tsx";

type Table1d = { labels: readonly string[]; cells: readonly Protected[]; total: Protected };
type Table2d = {
  rows: readonly string[];
  columns: readonly string[];
  cells: readonly (readonly Protected[])[];
  rowTotals: readonly Protected[];
  columnTotals: readonly Protected[];
  grandTotal: Protected;
};

const SUPPRESSED: Protected = { kind: "suppressed" };

function NumCell({ cell, k }: { cell: Protected | undefined; k: number }) {
  return (
    <td className="num">
      <ProtectedValue cell={cell ?? SUPPRESSED} k={k} />
    </td>
  );
}

/** Women per category (one or two characteristics), every cell released or marked suppressed. */
export function DisaggregationTable({
  dimensions,
  table,
  k,
}: {
  dimensions: readonly string[];
  table: Table1d | Table2d;
  k: number;
}) {
  const { t } = useTranslation();
  const label = useCategoryLabel();
  const [first = "", second = ""] = dimensions;
  const caption = t("funder.breakdown.caption", {
    dimensions: dimensions.map((d) => t(`funder.dimension.${d}`)).join(" × "),
  });
  if ("labels" in table) {
    return (
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`funder.dimension.${first}`)}</th>
            <th scope="col" className="num">
              {t("funder.women")}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.labels.map((code, i) => (
            <tr key={code}>
              <th scope="row">{label(first, code)}</th>
              <NumCell cell={table.cells[i]} k={k} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("funder.total")}</th>
            <NumCell cell={table.total} k={k} />
          </tr>
        </tfoot>
      </table>
    );
  }
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td>
              <span className="visually-hidden">{`${t(`funder.dimension.${first}`)} / ${t(`funder.dimension.${second}`)}`}</span>
            </td>
            {table.columns.map((code) => (
              <th key={code} scope="col" className="num">
                {label(second, code)}
              </th>
            ))}
            <th scope="col" className="num">
              {t("funder.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={row}>
              <th scope="row">{label(first, row)}</th>
              {table.columns.map((column, c) => (
                <NumCell key={column} cell={table.cells[r]?.[c]} k={k} />
              ))}
              <NumCell cell={table.rowTotals[r]} k={k} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("funder.total")}</th>
            {table.columnTotals.map((cell, c) => (
              <NumCell key={table.columns[c]} cell={cell} k={k} />
            ))}
            <NumCell cell={table.grandTotal} k={k} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
