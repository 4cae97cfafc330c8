import {
  type CoverageStatus,
  localDateIn,
  monthRange,
  PRINCIPLE_IDS,
  type PrincipleId,
  SNAPSHOT_FIGURE_IDS,
  type SnapshotFigureId,
  type SnapshotMonth,
  type SnapshotSource,
  snapshotFigures,
  snapshotHasScorecard,
  snapshotSchedule,
  trendMonths,
} from "@gesim/core";
import {
  and,
  asc,
  clients,
  coverageSnapshots,
  type Database,
  eq,
  gte,
  indicatorSnapshots,
  organisations,
  sql,
  withTenant,
} from "@gesim/db";
import { type CoverageCounts, countCoverage, loadCoverage, scorecardRow } from "../routers/dashboard/coverage.ts";
import { dashboardIndicators, type SqlIndicators } from "../routers/dashboard/indicators.ts";

/**
 * Monthly snapshots of the dashboard (issue 18; core `snapshotSchedule`, ADR 008): the month
 * under way is recorded live (scorecard and figures, the latest run of the month standing for
 * it); each earlier month of the last twelve with no snapshot is back-filled once from the
 * record as of its last day, with only the figures the record dates (the others, and the
 * scorecard, as not recorded). Idempotent: a second run in a month rewrites only that month's
 * live snapshot. Counts, medians and shares only: nothing about a woman.
 */

function figuresOf(ind: SqlIndicators): Record<SnapshotFigureId, number | null> {
  return {
    women: ind.women,
    "first-service-median-days": ind.timeToFirstService.overall.median,
    closures: ind.closureReasons.total,
    "support-median-months": ind.durationOfSupport.median,
    "overdue-actions": ind.overdueActions.actions,
    "reviews-on-time-percent": ind.reviewsOnTime.percent,
    "referrals-sent": ind.referralOutcomes.total,
    "gas-median": ind.gas.median,
    "distance-median": ind.distance.perWoman.median,
  };
}

async function storedMonths(db: Database, organisationId: string, since: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ month: indicatorSnapshots.month })
    .from(indicatorSnapshots)
    .where(and(eq(indicatorSnapshots.organisationId, organisationId), gte(indicatorSnapshots.month, since)));
  return rows.map((r) => r.month);
}

async function firstRecordedOn(db: Database, organisationId: string): Promise<string | null> {
  const [row] = await db
    .select({ first: sql<string | null>`min(${clients.firstContactDate})::text` })
    .from(clients)
    .where(eq(clients.organisationId, organisationId));
  return row?.first ?? null;
}

async function storeCoverage(
  db: Database,
  organisationId: string,
  month: string,
  counts: ReadonlyMap<PrincipleId, CoverageCounts>,
) {
  const rows = [...counts].map(([principle, c]) => ({
    organisationId,
    month,
    principle,
    met: c.met,
    partly: c.partly,
    notMet: c["not-met"],
    notApplicable: c["not-applicable"],
  }));
  if (rows.length === 0) return;
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
}

async function storeFigures(db: Database, organisationId: string, entry: SnapshotMonth, ind: SqlIndicators) {
  const figures = snapshotFigures(figuresOf(ind), entry.source);
  const rows = SNAPSHOT_FIGURE_IDS.map((figure) => ({
    organisationId,
    month: entry.month,
    figure,
    value: figures[figure],
    source: entry.source,
    asOf: entry.asOf,
  }));
  const insert = db.insert(indicatorSnapshots).values(rows);
  if (entry.source === "live")
    await insert.onConflictDoUpdate({
      target: [indicatorSnapshots.organisationId, indicatorSnapshots.month, indicatorSnapshots.figure],
      set: {
        value: sql`excluded.value`,
        asOf: sql`excluded.as_of`,
        source: sql`excluded.source`,
        updatedAt: sql`now()`,
      },
    });
  // A back-filled month is written once: a concurrent run that got there first keeps its rows.
  else await insert.onConflictDoNothing();
}

/** Which months one organisation's run writes today (core `snapshotSchedule`). */
export async function plannedSnapshots(db: Database, organisationId: string, today: string): Promise<SnapshotMonth[]> {
  const window = trendMonths(today);
  return snapshotSchedule(
    today,
    await storedMonths(db, organisationId, window[0] ?? today.slice(0, 7)),
    await firstRecordedOn(db, organisationId),
  );
}

/** Computes and stores one month's snapshot (the scorecard too for the month under way). */
export async function recordSnapshotMonth(
  db: Database,
  organisationId: string,
  entry: SnapshotMonth,
  liveCounts?: ReadonlyMap<PrincipleId, CoverageCounts>,
): Promise<void> {
  const indicators = await dashboardIndicators(db, organisationId, {}, entry.period, entry.asOf);
  await storeFigures(db, organisationId, entry, indicators);
  if (snapshotHasScorecard(entry.source)) {
    const counts = liveCounts ?? countCoverage(await loadCoverage(db, organisationId, {}, entry.asOf));
    await storeCoverage(db, organisationId, entry.month, counts);
  }
}

/**
 * Records the month under way for one organisation (the unfiltered scorecard calls this with
 * the counts it has just computed). The back-fill of earlier months is the scheduled job's.
 */
export async function recordLiveSnapshot(
  db: Database,
  organisationId: string,
  today: string,
  liveCounts?: ReadonlyMap<PrincipleId, CoverageCounts>,
): Promise<void> {
  const range = monthRange(today.slice(0, 7));
  await recordSnapshotMonth(
    db,
    organisationId,
    { month: today.slice(0, 7), asOf: today, period: { from: range.from, to: today }, source: "live" },
    liveCounts,
  );
}

/** What one run of the scheduled job did, in counts only. */
export type SnapshotReport = {
  organisations: number;
  organisationsFailed: number;
  monthsRecorded: number;
  monthsBackFilled: number;
};

/**
 * The scheduled job (server timer and `npm run snapshots`): every organisation's snapshots on
 * its own local date. Each month is its own tenant transaction, so a first back-fill of twelve
 * months never holds the database for long; a month that fails rolls back alone, the
 * organisation counts as failed and the next run fills the gap. `pauseBetweenMonthsMs` (the
 * server's timer) leaves the embedded database, which has one connection, to requests in between.
 */
export async function recordAllMonthlySnapshots(
  db: Database,
  now: Date,
  { pauseBetweenMonthsMs = 0 }: { pauseBetweenMonthsMs?: number } = {},
): Promise<SnapshotReport> {
  const orgs = await db
    .select({ id: organisations.id, timeZone: organisations.timeZone })
    .from(organisations)
    .orderBy(asc(organisations.id));
  const report: SnapshotReport = {
    organisations: orgs.length,
    organisationsFailed: 0,
    monthsRecorded: 0,
    monthsBackFilled: 0,
  };
  for (const org of orgs) {
    try {
      const today = localDateIn(now, org.timeZone);
      const schedule = await withTenant(db, org.id, (tx) => plannedSnapshots(tx, org.id, today));
      for (const entry of schedule) {
        if (pauseBetweenMonthsMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseBetweenMonthsMs));
        await withTenant(db, org.id, (tx) => recordSnapshotMonth(tx, org.id, entry));
        report.monthsRecorded += 1;
        if (entry.source === "reconstructed") report.monthsBackFilled += 1;
      }
    } catch {
      report.organisationsFailed += 1;
    }
  }
  return report;
}

export type TrendMonth = {
  month: string;
  /** null: no snapshot for this month (before the first record, or never run). */
  source: SnapshotSource | null;
  asOf: string | null;
  /** The scorecard rows; empty when the month's scorecard is not recorded. */
  principles: ReturnType<typeof scorecardRow>[];
  /** Each figure's value; null when not recorded. */
  figures: Record<SnapshotFigureId, number | null>;
};

const NOT_RECORDED = Object.fromEntries(SNAPSHOT_FIGURE_IDS.map((id) => [id, null])) as Record<SnapshotFigureId, null>;

/** The last twelve months, oldest first, each with what its snapshot holds. */
export async function loadMonthlyTrend(db: Database, organisationId: string, today: string): Promise<TrendMonth[]> {
  const months = trendMonths(today);
  const since = months[0] ?? today.slice(0, 7);
  const coverage = await db
    .select()
    .from(coverageSnapshots)
    .where(and(eq(coverageSnapshots.organisationId, organisationId), gte(coverageSnapshots.month, since)));
  const figures = await db
    .select()
    .from(indicatorSnapshots)
    .where(and(eq(indicatorSnapshots.organisationId, organisationId), gte(indicatorSnapshots.month, since)));
  return months.map((month) => {
    const ofMonth = figures.filter((r) => r.month === month);
    const principles = PRINCIPLE_IDS.flatMap((principle) => {
      const r = coverage.find((row) => row.month === month && row.principle === principle);
      if (!r) return [];
      const counts: Record<CoverageStatus, number> = {
        met: r.met,
        partly: r.partly,
        "not-met": r.notMet,
        "not-applicable": r.notApplicable,
      };
      return [scorecardRow(principle, counts, r.met + r.partly + r.notMet + r.notApplicable)];
    });
    const first = ofMonth[0];
    return {
      month,
      source: first ? first.source : principles.length > 0 ? "live" : null,
      asOf: first?.asOf ?? null,
      principles,
      figures: {
        ...NOT_RECORDED,
        ...Object.fromEntries(
          ofMonth
            .filter((r) => (SNAPSHOT_FIGURE_IDS as readonly string[]).includes(r.figure))
            .map((r) => [r.figure, r.value]),
        ),
      },
    };
  });
}
