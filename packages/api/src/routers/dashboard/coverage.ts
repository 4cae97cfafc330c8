import {
  COVERAGE_STATUSES,
  type CoverageStatus,
  checkPlan,
  PRINCIPLE_IDS,
  type PrincipleId,
  percentOf,
  principleCoverage,
} from "@gesim/core";
import {
  and,
  asc,
  clients,
  coverageSnapshots,
  type Database,
  desc,
  eq,
  getTableColumns,
  gte,
  sql,
  users,
} from "@gesim/db";
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

/** How many months of trend the scorecard returns (the current one included). */
export const TREND_MONTHS = 12;

/**
 * Records this month's organisation-wide counts (ADR 008: the latest computation in a month
 * stands for the month) and returns the trend of the last TREND_MONTHS months, oldest first.
 */
export async function saveAndLoadTrend(
  db: Database,
  organisationId: string,
  counts: ReadonlyMap<PrincipleId, CoverageCounts>,
  today: string,
) {
  const month = today.slice(0, 7);
  const rows = [...counts].map(([principle, c]) => ({
    organisationId,
    month,
    principle,
    met: c.met,
    partly: c.partly,
    notMet: c["not-met"],
    notApplicable: c["not-applicable"],
  }));
  await db
    .insert(coverageSnapshots)
    .values(rows)
    .onConflictDoUpdate({
      target: [coverageSnapshots.organisationId, coverageSnapshots.month, coverageSnapshots.principle],
      set: {
        met: sql`excluded.met`,
        partly: sql`excluded.partly`,
        notMet: sql`excluded.not_met`,
        notApplicable: sql`excluded.not_applicable`,
        updatedAt: sql`now()`,
      },
    });
  return loadTrend(db, organisationId, today);
}

function monthsBack(today: string, n: number): string {
  const [y, m] = today.split("-").map(Number);
  const index = (y ?? 0) * 12 + ((m ?? 1) - 1) - n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export async function loadTrend(db: Database, organisationId: string, today: string) {
  const since = monthsBack(today, TREND_MONTHS - 1);
  const rows = await db
    .select()
    .from(coverageSnapshots)
    .where(and(eq(coverageSnapshots.organisationId, organisationId), gte(coverageSnapshots.month, since)))
    .orderBy(asc(coverageSnapshots.month), desc(coverageSnapshots.principle));
  const months = [...new Set(rows.map((r) => r.month))];
  return months.map((month) => {
    const ofMonth = rows.filter((r) => r.month === month);
    const principles = PRINCIPLE_IDS.flatMap((principle) => {
      const r = ofMonth.find((row) => row.principle === principle);
      if (!r) return [];
      const counts: CoverageCounts = {
        met: r.met,
        partly: r.partly,
        "not-met": r.notMet,
        "not-applicable": r.notApplicable,
      };
      return [scorecardRow(principle, counts, r.met + r.partly + r.notMet + r.notApplicable)];
    });
    return { month, principles };
  });
}
