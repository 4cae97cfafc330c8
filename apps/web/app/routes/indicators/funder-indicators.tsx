import { isMessageKey } from "@gesim/core";
import { data, redirect } from "react-router";
import { usePeriodLabel } from "../../components/dashboard/period-range.tsx";
import { DisaggregationTable } from "../../components/indicators/disaggregation-table.tsx";
import { FunderChart } from "../../components/indicators/funder-chart.tsx";
import { FunderChoiceForm, FunderDownloads } from "../../components/indicators/funder-choice-form.tsx";
import { FunderIndicatorTable } from "../../components/indicators/funder-indicator-table.tsx";
import { MethodologyPanel } from "../../components/indicators/methodology-panel.tsx";
import { ProtectedValue } from "../../components/indicators/protected-value.tsx";
import { ReleaseOffer } from "../../components/indicators/release-offer.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import { todayIso } from "../clients/form-data.server.ts";
import type { Route } from "./+types/funder-indicators";
import { loadFunderView, parseFunderChoice, releaseFunderChoice } from "./funder-indicators.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "funder") throw data(null, { status: 403 });
  const url = new URL(request.url);
  const choice = parseFunderChoice(url.searchParams, todayIso(session));
  const view = await loadFunderView(caller, choice);
  // A refused download or release comes back here with its message key (never anything else from the URL).
  const refusal = url.searchParams.get("releaseError") ?? url.searchParams.get("exportError");
  return data(
    {
      quarters: choice.quarters,
      quarter: choice.quarter,
      dimensions: choice.dimensions,
      options: choice.options,
      ...view,
      exportError: refusal && isMessageKey(refusal) ? refusal : null,
    },
    { headers: { "cache-control": "no-store" } },
  );
}

/** "Release these figures": the one way the page spends privacy budget (a POST), then back to the same choice by GET. */
export async function action({ request, context }: Route.ActionArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "funder") throw data(null, { status: 403 });
  const choice = parseFunderChoice(await request.formData(), todayIso(session));
  throw redirect(await releaseFunderChoice(caller, choice));
}

export function headers() {
  return { "cache-control": "no-store" };
}

export default function FunderIndicators({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { report, awaitingRelease, error, exportError, budget, relationshipId } = loaderData;
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
      {awaitingRelease ? (
        <ReleaseOffer
          offer={awaitingRelease}
          periodLabel={periodLabel(awaitingRelease.period)}
          relationshipId={relationshipId}
        />
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
            quarter={report.period}
            dimensions={report.disaggregation?.dimensions ?? []}
            relationshipId={relationshipId}
            spendsBudget={budget !== null}
          />
          <MethodologyPanel methodology={report.methodology} budget={budget} period={periodLabel(report.period)} />
        </>
      ) : null}
    </section>
  );
}
