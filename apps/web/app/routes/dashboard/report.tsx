import { data, Link } from "react-router";
import { IndicatorFreshness } from "../../components/dashboard/indicator-freshness.tsx";
import { ModelTable } from "../../components/dashboard/model-table.tsx";
import { MonthlyTrend } from "../../components/dashboard/monthly-trend.tsx";
import { usePeriodRange } from "../../components/dashboard/period-range.tsx";
import { Scorecard } from "../../components/dashboard/scorecard.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { getLocale, requireApi } from "../../server/api.server.ts";
import { todayIso } from "../clients/form-data.server.ts";
import type { Route } from "./+types/report";
import { loadIndicatorTables, loadScorecard } from "./dashboard.server.ts";
import { parseDashboardQuery, queryString } from "./dashboard-query.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "manager") throw data(null, { status: 403 });
  const query = parseDashboardQuery(new URL(request.url), todayIso(session));
  const [scorecard, indicators] = await Promise.all([
    loadScorecard(caller, query, getLocale(request)),
    loadIndicatorTables(caller, query),
  ]);
  return data(
    {
      scorecard,
      ...indicators,
      organisation: session.organisationName,
      printedOn: todayIso(session),
      query: queryString(query.form),
      filtered: Object.keys(query.filters).length > 0,
    },
    { headers: { "cache-control": "no-store" } },
  );
}

export function headers() {
  return { "cache-control": "no-store" };
}

/** The programme report for a period, laid out for paper: the browser's Print → "Save as PDF" makes the PDF. */
export default function ProgrammeReport({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const range = usePeriodRange();
  const { scorecard, tables, period, freshness, organisation, printedOn, query, filtered } = loaderData;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${printedOn}T00:00:00Z`),
  );
  return (
    <article className="programme-report">
      <title>{`${t("dashboard.report.title")} · ${t("app.name")}`}</title>
      <div className="print-tools">
        <p>
          <Link to={`/dashboard?${query}`}>{t("dashboard.report.back")}</Link>
        </p>
        <p className="muted">{t("dashboard.report.printHint")}</p>
      </div>
      <h1>{t("dashboard.report.title")}</h1>
      <p className="report-meta">{t("dashboard.report.meta", { organisation, period: range(period), date })}</p>
      {filtered ? <p className="notice">{t("dashboard.report.filtered")}</p> : null}
      <Scorecard scorecard={scorecard} query={null} />
      <MonthlyTrend scorecard={scorecard} />
      <h2>{t("dashboard.indicators.title", { period: range(period) })}</h2>
      <IndicatorFreshness freshness={freshness} />
      {tables.map((model) => (
        <ModelTable key={model.id} model={model} />
      ))}
    </article>
  );
}
