import { data } from "react-router";
import { serverTranslator } from "../../i18n/catalogue.server.ts";
import { getLocale, requireApi } from "../../server/api.server.ts";
import { csvResponse } from "../../server/csv.server.ts";
import { todayIso } from "../clients/form-data.server.ts";
import type { Route } from "./+types/export";
import { loadIndicatorTables, loadScorecard } from "./dashboard.server.ts";
import { modelRows, principleGapRows, scorecardRows, trendRows } from "./dashboard-csv.server.ts";
import { parseDashboardQuery } from "./dashboard-query.server.ts";

/**
 * CSV of any dashboard table: `/dashboard/export/<table>.csv?<the dashboard's query>`. Column
 * words are in the manager's language; the file name holds the table id and dates only.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  if (session.role !== "manager") throw data(null, { status: 403 });
  const match = /^([a-z-]+)\.csv$/.exec(params.file);
  if (!match?.[1]) throw data(null, { status: 404 });
  const table = match[1];
  const url = new URL(request.url);
  const query = parseDashboardQuery(url, todayIso(session));
  const locale = getLocale(request);
  const t = serverTranslator(locale).t;
  if (table === "principle-gap") {
    const gap = await principleGapRows(caller, url, query, t);
    return csvResponse(`gesim-${gap.principleId}-${gap.status}-${todayIso(session)}.csv`, gap.rows);
  }
  if (table === "scorecard" || table === "trend") {
    const scorecard = await loadScorecard(caller, query, locale);
    return csvResponse(
      `gesim-${table}-${scorecard.asOf}.csv`,
      table === "trend" ? trendRows(scorecard, t) : scorecardRows(scorecard, t),
    );
  }
  const { period, tables } = await loadIndicatorTables(caller, query);
  const { from, to } = period;
  const model = tables.find((m) => m.id === table);
  if (!model) throw data(null, { status: 404 });
  return csvResponse(`gesim-${model.id}-${from}_${to}.csv`, modelRows(model, t));
}
