import { useTranslation } from "../../i18n/use-translation.tsx";
import type { FunderReportView } from "../../routes/indicators/funder-indicators.server.ts";
import { useCategoryLabel } from "./category-label.ts";
import { type Protected, ProtectedValue } from "./protected-value.tsx";

type Indicator = FunderReportView["indicators"][number];

/** A released median with its unit ("12 days"), or the suppression words. */
function Median({ cell, unit, k }: { cell: Protected; unit: string; k: number }) {
  const { t, i18n } = useTranslation();
  if (cell.kind !== "value") return <ProtectedValue cell={cell} k={k} />;
  return (
    <>
      {t(`funder.unit.${unit}`, {
        value: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(cell.value),
      })}
    </>
  );
}

function Percent({ cell, k }: { cell: Protected; k: number }) {
  const { i18n } = useTranslation();
  if (cell.kind !== "value") return <ProtectedValue cell={cell} k={k} />;
  return <>{new Intl.NumberFormat(i18n.language, { style: "percent" }).format(cell.value / 100)}</>;
}

function Result({ indicator, k }: { indicator: Indicator; k: number }) {
  const { t } = useTranslation();
  const label = useCategoryLabel();
  switch (indicator.kind) {
    case "ratio":
      return <Percent cell={indicator.percent} k={k} />;
    case "distribution":
      return <Median cell={indicator.median} unit={indicator.unit} k={k} />;
    case "count":
      return <ProtectedValue cell={indicator.value} k={k} />;
    case "breakdown":
      return (
        <ul className="cell-list">
          {indicator.table.labels.map((code, i) => (
            <li key={code}>
              {`${label("closure", code)}: `}
              <ProtectedValue cell={indicator.table.cells[i] ?? { kind: "suppressed" }} k={k} />
            </li>
          ))}
        </ul>
      );
    case "byDomain":
      return (
        <ul className="cell-list">
          {indicator.labels.map((code, i) => {
            const cell = indicator.cells[i];
            return cell ? (
              <li key={code}>
                {`${label("domain", code)}: `}
                <Median cell={cell.median} unit={indicator.unit} k={k} />
              </li>
            ) : null;
          })}
        </ul>
      );
    default:
      return t("funder.notAvailable");
  }
}

function BasedOn({ indicator, k }: { indicator: Indicator; k: number }) {
  const { t } = useTranslation();
  switch (indicator.kind) {
    case "ratio":
      return (
        <>
          <ProtectedValue cell={indicator.numerator} k={k} /> {t("funder.of")}{" "}
          <ProtectedValue cell={indicator.denominator} k={k} />
        </>
      );
    case "distribution":
      return (
        <>
          {`${t("funder.n")} `}
          <ProtectedValue cell={indicator.n} k={k} />
        </>
      );
    case "count":
      return (
        <>
          {`${t("funder.women")}: `}
          <ProtectedValue cell={indicator.women} k={k} />
        </>
      );
    case "breakdown":
      return <ProtectedValue cell={indicator.table.total} k={k} />;
    default:
      return null;
  }
}

/** Every indicator of the report: title, released result and what it is based on. */
export function FunderIndicatorTable({
  indicators,
  k,
  caption,
}: {
  indicators: readonly Indicator[];
  k: number;
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table indicators-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("funder.indicator")}</th>
            <th scope="col">{t("funder.result")}</th>
            <th scope="col">{t("funder.basedOn")}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.id} data-indicator={indicator.id}>
              <th scope="row">
                {t(`indicators.${indicator.id}.title`)}
                <span className="hint">{t(`indicators.${indicator.id}.numerator`)}</span>
              </th>
              <td>
                <Result indicator={indicator} k={k} />
              </td>
              <td>
                <BasedOn indicator={indicator} k={k} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
