import type { createCaller } from "@gesim/api";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import type { DashboardQuery } from "./dashboard-query.server.ts";
import { indicatorTables } from "./indicator-tables.server.ts";
import { toScorecardView } from "./scorecard.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** Staff who can hold a caseload, for the caseworker filter (names only, no client data). */
async function caseworkerOptions(caller: Caller) {
  const staff = await caller.admin.users.list({ limit: 100 });
  return staff.items
    .filter((u) => u.active && (u.role === "caseworker" || u.role === "manager"))
    .map((u) => ({ id: u.userId, name: u.displayName }));
}

export async function loadScorecard(caller: Caller, query: DashboardQuery, locale: string) {
  const scorecard = await caller.dashboard.scorecard({ filters: query.filters }).catch(rethrowAsResponse);
  return toScorecardView(scorecard, locale);
}

/** The period's indicators as table models (the page, the report and each CSV use the same ones). */
export async function loadIndicatorTables(caller: Caller, query: DashboardQuery) {
  const indicators = await caller.dashboard
    .indicators({ period: query.period, filters: query.filters })
    .catch(rethrowAsResponse);
  return { period: indicators.period, tables: indicatorTables(indicators), freshness: indicators.freshness };
}

/** Everything `/dashboard` and `/dashboard/report` show: scorecard, indicator tables, filter options. */
export async function loadDashboard(caller: Caller, query: DashboardQuery, locale: string) {
  const [scorecard, indicators, caseworkers] = await Promise.all([
    loadScorecard(caller, query, locale),
    loadIndicatorTables(caller, query),
    caseworkerOptions(caller).catch(rethrowAsResponse),
  ]);
  return { scorecard, ...indicators, caseworkers };
}
