import { isMessageKey } from "@gesim/core";
import { data } from "react-router";
import { usePeriodLabel } from "../../components/dashboard/period-range.tsx";
import { DisaggregationTable } from "../../components/indicators/disaggregation-table.tsx";
import { FunderChart } from "../../components/indicators/funder-chart.tsx";
import { FunderChoiceForm, FunderDownloads } from "../../components/indicators/funder-choice-form.tsx";
import { FunderIndicatorTable } from "../../components/indicators/funder-indicator-table.tsx";
import { MethodologyPanel } from "../../components/indicators/methodology-panel.tsx";
import { ProtectedValue } from "../../components/indicators/protected-value.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import { todayIso } from "../clients/form-data.server.ts";
import type { Route } from "./+types/funder-indicators";
import { loadFunderView, parseFunderChoice } from "./funder-indicators.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "funder") throw data(null, { status: 403 });
  const url = new URL(request.url);
  const choice = parseFunderChoice(url.searchParams, todayIso(session));
  const view = await loadFunderView(caller, choice);
  // A refused download comes back here with its message key (never anything else from the URL).
  const exportError = url.searchParams.get("exportError");
  return data(
    {
      quarters: choice.quarters,
      quarter: choice.quarter,
      dimensions: choice.dimensions,
      options: choice.options,
      ...view,
      exportError: exportError && isMessageKey(exportError) ? exportError : null,
    },
    { headers: { "cache-control": "no-store" } },
  );
}

export function headers() {
  return { "cache-control": "no-store" };
}

export default function FunderIndicators({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { report, error, exportError, budget, relationshipId } = loaderData;
  const k = report?.methodology.k ?? 0;
  return (
    <section className="funder-page">
      <title>{`${t("home.funderTitle")} · ${t("app.name")}`}</title>
      <h1>{t("home.funderTitle")}</h1>
      <p>{t("funder.intro")}</p>
      <FunderChoiceForm
        quarters={loaderData.quarters}
        quarter={loaderData.quarter}
        dimensions={loaderData.dimensions}
        options={loaderData.options}
        relationships={loaderData.relationships}
        relationshipId={relationshipId}
      />
      {error || exportError ? (
        <div className="error-summary" role="alert">
          <p className="error-summary-title">{t(error && report ? "funder.breakdown.refused" : "funder.refused")}</p>
          <p>{t(error ?? exportError ?? "", { max: 2 })}</p>
        </div>
      ) : null}
      {report ? (
        <>
          <p className="lead-figure">
            {t("funder.womenInPeriod", { period: periodLabel(report.period) })}{" "}
            <strong>
              <ProtectedValue cell={report.women} k={k} />
            </strong>
          </p>
          <FunderChart indicators={report.indicators} k={k} />
          <FunderIndicatorTable
            indicators={report.indicators}
            k={k}
            caption={t("funder.tableCaption", { period: periodLabel(report.period) })}
          />
          {report.disaggregation ? (
            <DisaggregationTable
              dimensions={report.disaggregation.dimensions}
              table={report.disaggregation.table}
              k={k}
            />
          ) : null}
          <FunderDownloads
            quarter={loaderData.quarter}
            dimensions={loaderData.dimensions}
            relationshipId={relationshipId}
            spendsBudget={budget !== null}
          />
          <MethodologyPanel methodology={report.methodology} budget={budget} period={periodLabel(report.period)} />
        </>
      ) : null}
    </section>
  );
}
