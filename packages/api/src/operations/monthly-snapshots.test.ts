import { monthRange, SNAPSHOT_FIGURE_IDS, trendMonths } from "@gesim/core";
import { and, count, eq, indicatorSnapshots, withTenant } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardIndicators } from "../routers/dashboard/indicators.ts";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { callerFor, createSeededDb, NEW_CLIENT_FACTS, NOW, TODAY } from "../testing/test-support.ts";
import { codeOf } from "../testing/trpc-codes.ts";
import { recordAllMonthlySnapshots } from "./monthly-snapshots.ts";

/**
 * Monthly snapshots (issue 18): the scorecard's view records the month under way, the scheduled
 * job back-fills the last twelve months from the record and is idempotent, and only the
 * manager of the organisation sees its trend.
 */
let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const MONTHS = trendMonths(TODAY);

async function rowsOf(organisationId: string): Promise<number> {
  const [row] = await withTenant(handle.db, organisationId, (tx) =>
    tx.select({ n: count() }).from(indicatorSnapshots).where(eq(indicatorSnapshots.organisationId, organisationId)),
  );
  return row?.n ?? 0;
}

describe("monthly snapshots", () => {
  it("refuses the trend to caseworkers, funders and another organisation's caseworker", async () => {
    for (const email of ["caseworker@demo.test", "funder@demo.test", "caseworker2@demo.test"]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.dashboard.scorecard()), email).toBe("FORBIDDEN");
    }
    expect(await rowsOf(ids.own.organisationId)).toBe(0);
  });

  it("the manager's view records the month under way; earlier months say not recorded until the job has run", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const card = await manager.dashboard.scorecard();
    expect(card.trend.map((m) => m.month)).toEqual(MONTHS);
    const current = card.trend.at(-1);
    expect(current).toMatchObject({ month: TODAY.slice(0, 7), source: "live", asOf: TODAY });
    expect(current?.principles).toEqual(card.principles);
    for (const month of card.trend.slice(0, -1)) {
      expect(month).toMatchObject({ source: null, asOf: null, principles: [] });
      expect(Object.values(month.figures).every((v) => v === null)).toBe(true);
    }
    expect(await rowsOf(ids.own.organisationId)).toBe(SNAPSHOT_FIGURE_IDS.length);
    expect(await rowsOf(ids.other.organisationId)).toBe(0);
  });

  it("the job back-fills each organisation's last twelve months from its own record, as of each month's end", async () => {
    const report = await recordAllMonthlySnapshots(handle.db, NOW);
    expect(report).toMatchObject({ organisations: 2, organisationsFailed: 0 });
    expect(report.monthsBackFilled).toBe(22);
    const manager = await callerFor(handle, "manager@demo.test");
    const card = await manager.dashboard.scorecard();
    const past = card.trend.slice(0, -1);
    expect(past.every((m) => m.source === "reconstructed")).toBe(true);
    // The plan checks read undated state: a back-filled month's scorecard is not recorded, nor are GAS and distance.
    for (const month of past) {
      expect(month.principles, month.month).toEqual([]);
      expect(month.figures["gas-median"]).toBeNull();
      expect(month.figures["distance-median"]).toBeNull();
    }
    // Each dated figure is the dashboard's own SQL over her organisation for that month, as of its last day.
    const org = ids.own.organisationId;
    for (const month of past) {
      const range = monthRange(month.month);
      expect(month.asOf).toBe(range.to);
      const expected = await withTenant(handle.db, org, (tx) => dashboardIndicators(tx, org, {}, range, range.to));
      expect(month.figures.women, month.month).toBe(expected.women);
      expect(month.figures["first-service-median-days"], month.month).toBe(expected.timeToFirstService.overall.median);
      expect(month.figures["reviews-on-time-percent"], month.month).toBe(expected.reviewsOnTime.percent);
      expect(month.figures["overdue-actions"], month.month).toBe(expected.overdueActions.actions);
      expect(month.figures.closures, month.month).toBe(expected.closureReasons.total);
      expect(month.figures["referrals-sent"], month.month).toBe(expected.referralOutcomes.total);
    }
    expect(past.some((m) => (m.figures.women ?? 0) > 0)).toBe(true);
    expect(await rowsOf(org)).toBe(12 * SNAPSHOT_FIGURE_IDS.length);
    expect(await rowsOf(ids.other.organisationId)).toBe(12 * SNAPSHOT_FIGURE_IDS.length);
  });

  it("the job is idempotent: a second run stores one snapshot per month and rewrites only the month under way", async () => {
    const own = await rowsOf(ids.own.organisationId);
    const other = await rowsOf(ids.other.organisationId);
    const second = await recordAllMonthlySnapshots(handle.db, NOW);
    expect(second).toEqual({ organisations: 2, organisationsFailed: 0, monthsRecorded: 2, monthsBackFilled: 0 });
    expect(await rowsOf(ids.own.organisationId)).toBe(own);
    expect(await rowsOf(ids.other.organisationId)).toBe(other);
  });

  it("a woman entered today counts in this month's live figure on the next run; the back-filled months stay as stored", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const before = await manager.dashboard.scorecard();
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await caseworker.clients.create({ ...NEW_CLIENT_FACTS, firstContactDate: TODAY });
    await recordAllMonthlySnapshots(handle.db, NOW);
    const after = await manager.dashboard.scorecard();
    expect(after.trend.at(-1)?.figures.women).toBe((before.trend.at(-1)?.figures.women ?? 0) + 1);
    expect(after.trend.slice(0, -1)).toEqual(before.trend.slice(0, -1));
    const [live] = await withTenant(handle.db, ids.own.organisationId, (tx) =>
      tx
        .select({ n: count() })
        .from(indicatorSnapshots)
        .where(
          and(
            eq(indicatorSnapshots.organisationId, ids.own.organisationId),
            eq(indicatorSnapshots.month, TODAY.slice(0, 7)),
          ),
        ),
    );
    expect(live?.n).toBe(SNAPSHOT_FIGURE_IDS.length);
  });
});
