import {
  COVERAGE_STATUSES,
  type CoverageStatus,
  checkPlan,
  PRINCIPLE_IDS,
  type PrincipleId,
  percentOf,
  principleCoverage,
} from "@gesim/core";
import { asc, clients, type Database, eq, getTableColumns, users } from "@gesim/db";
import { currentClients } from "../../queries/dashboard-population.ts";
import { loadPlanBundles } from "../../queries/plan-bundles.ts";
import { loadPlanCheckConfig } from "../../queries/plan-check-config.ts";
import { buildCheckInput, type ClientRow } from "../../queries/plans.ts";
import type { DashboardFilters } from "./inputs.ts";

/**
 * Principle coverage of every current client's plan (domain.md §1.7): core's rules are code, so
 * they run here in JS, per plan, over bundles loaded with a fixed number of queries (8, plus the configuration).
 */
export type CoverageCounts = Record<CoverageStatus, number>;
export type ClientCoverage = {
  client: ClientRow;
  caseworkerName: string | null;
  status: ReadonlyMap<PrincipleId, CoverageStatus>;
};

export async function loadCoverage(
  db: Database,
  organisationId: string,
  filters: DashboardFilters,
  today: string,
): Promise<ClientCoverage[]> {
  const rows = await db
    .select({ client: getTableColumns(clients), caseworkerName: users.displayName })
    .from(clients)
    .leftJoin(users, eq(users.id, clients.caseworkerId))
    .where(currentClients(organisationId, filters))
    .orderBy(asc(clients.pseudonym), asc(clients.id));
  const bundles = await loadPlanBundles(
    db,
    organisationId,
    rows.map((r) => r.client),
  );
  const config = await loadPlanCheckConfig(db, organisationId);
  return bundles.map((bundle, i) => ({
    client: bundle.client,
    caseworkerName: rows[i]?.caseworkerName ?? null,
    status: new Map(
      principleCoverage(checkPlan(buildCheckInput(bundle, config), today)).map((c) => [c.principle, c.status]),
    ),
  }));
}

const emptyCounts = (): CoverageCounts => ({ met: 0, partly: 0, "not-met": 0, "not-applicable": 0 });

export function countCoverage(coverage: readonly ClientCoverage[]): Map<PrincipleId, CoverageCounts> {
  const counts = new Map(PRINCIPLE_IDS.map((p) => [p, emptyCounts()]));
  for (const { status } of coverage) {
    for (const [principle, s] of status) {
      const entry = counts.get(principle);
      if (entry) entry[s] += 1;
    }
  }
  return counts;
}

/** Counts and shares (percent of the clients counted, one decimal) per status. */
export function scorecardRow(principle: PrincipleId, counts: CoverageCounts, total: number) {
  const share = Object.fromEntries(COVERAGE_STATUSES.map((s) => [s, percentOf(counts[s], total)])) as Record<
    CoverageStatus,
    number | null
  >;
  return { principle, counts, share };
}
