import { data, Link } from "react-router";
import { DashboardFilters } from "../../components/dashboard/dashboard-filters.tsx";
import { IndicatorFreshness } from "../../components/dashboard/indicator-freshness.tsx";
import { ModelTable } from "../../components/dashboard/model-table.tsx";
import { MonthlyTrend } from "../../components/dashboard/monthly-trend.tsx";
import { quarterOf, usePeriodLabel, usePeriodRange } from "../../components/dashboard/period-range.tsx";
import { Scorecard } from "../../components/dashboard/scorecard.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { getLocale, requireApi } from "../../server/api.server.ts";
import { todayIso } from "../clients/form-data.server.ts";
import type { Route } from "./+types/dashboard";
import { loadDashboard } from "./dashboard.server.ts";
import { parseDashboardQuery, queryString } from "./dashboard-query.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "manager") throw data(null, { status: 403 });
  const query = parseDashboardQuery(new URL(request.url), todayIso(session));
  const dashboard = await loadDashboard(caller, query, getLocale(request));
  return data(
    {
      ...dashboard,
      form: query.form,
      options: query.options,
      rangeError: query.rangeError,
      query: queryString(query.form),
    },
    { headers: { "cache-control": "no-store" } },
  );
}

export function headers() {
  return { "cache-control": "no-store" };
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const range = usePeriodRange();
  const periodLabel = usePeriodLabel();
  const { scorecard, tables, period, freshness, form, options, caseworkers, rangeError, query } = loaderData;
  return (
    <div className="dashboard">
      <title>{`${t("dashboard.title")} · ${t("app.name")}`}</title>
      <h1>{t("dashboard.title")}</h1>
      <p>{t("dashboard.intro")}</p>
      <DashboardFilters
        action="/dashboard"
        form={form}
        options={options}
        caseworkers={caseworkers}
        rangeError={rangeError}
      />
      <p className="dashboard-links">
        <Link to={`/dashboard/report?${query}`}>{t("dashboard.report.link")}</Link>
      </p>
      <Scorecard scorecard={scorecard} query={query} />
      <MonthlyTrend scorecard={scorecard} query={query} />
      <h2 id="indicators-heading">
        {quarterOf(period)
          ? t("dashboard.indicators.titleQuarter", {
              quarter: periodLabel(quarterOf(period) ?? ""),
              period: range(period),
            })
          : t("dashboard.indicators.title", { period: range(period) })}
      </h2>
      <p className="muted">{t("dashboard.indicators.intro")}</p>
      <IndicatorFreshness freshness={freshness} />
      <div className="card-grid">
        {tables.map((model) => (
          <ModelTable key={model.id} model={model} exportHref={`/dashboard/export/${model.id}.csv?${query}`} />
        ))}
      </div>
    </div>
  );
}
