import {
  type CaseRecord,
  checkPlan,
  computeIndicators,
  DOMAIN_IDS,
  median,
  nearestRank,
  PATHWAY_IDS,
  type Period,
  pathwaysOfDomain,
  principleCoverage,
  quarterRange,
} from "@gesim/core";
import { and, auditEvents, clients, eq, withTenant } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCaseRecords } from "../../queries/case-records.ts";
import { buildCheckInput, loadPlanBundle } from "../../queries/plans.ts";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { callerFor, createSeededDb, TODAY } from "../../testing/test-support.ts";
import { codeOf } from "../../testing/trpc-codes.ts";
import { dashboardIndicators } from "./indicators.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const PERIODS: Period[] = [
  quarterRange("2026-Q3"),
  quarterRange("2026-Q2"),
  { from: "2025-06-01", to: "2026-11-23" },
  { from: "2026-11-01", to: "2026-11-30" },
];

function dist(values: number[]) {
  return { n: values.length, median: median(values), p90: nearestRank(values, 90) };
}

function expectDistribution(
  actual: { n: number; median: number | null; p90: number | null },
  expected: { n: number; median: number | null; p90: number | null },
  label: string,
) {
  expect(actual.n, label).toBe(expected.n);
  for (const key of ["median", "p90"] as const) {
    if (expected[key] === null) expect(actual[key], `${label} ${key}`).toBeNull();
    else expect(actual[key], `${label} ${key}`).toBeCloseTo(expected[key], 9);
  }
}

function ladderChanges(record: CaseRecord, domains: readonly string[]) {
  return domains.flatMap((d) => {
    const first = record.ladderFirst[d as keyof CaseRecord["ladderFirst"]];
    const last = record.ladderLast[d as keyof CaseRecord["ladderLast"]];
    return first !== undefined && last !== undefined ? [last - first] : [];
  });
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe("SQL indicators have core's definitions", () => {
  it.each(PERIODS)("match computeIndicators over loadCaseRecords for %o", async (period) => {
    const org = ids.own.organisationId;
    const { records, sql } = await withTenant(handle.db, org, async (tx) => ({
      records: await loadCaseRecords(tx, org, period, TODAY),
      sql: await dashboardIndicators(tx, org, {}, period, TODAY),
    }));
    const core = computeIndicators(records, period);
    const active = records.filter(
      (r) => r.firstContactDate <= period.to && (r.closureDate === undefined || r.closureDate >= period.from),
    );
    expect(sql.women).toBe(active.length);
    expect(records.length).toBeGreaterThan(0);
    expectDistribution(sql.timeToFirstService.overall, core["ind-1.1"] as never, "ind-1.1");
    for (const row of sql.timeToFirstService.byDomain)
      expectDistribution(row, core["ind-1.1-domain"][row.domain], `ind-1.1 ${row.domain}`);
    expectDistribution(sql.durationOfSupport, core["ind-1.4"] as never, "ind-1.4");
    expect(sql.durationOfSupport.atLeast12Months).toBe(
      (core["ind-1.4"] as unknown as { atLeast12Months: number }).atLeast12Months,
    );
    const reasons = core["ind-1.5"];
    if (reasons.kind !== "breakdown") throw new Error("ind-1.5 is a breakdown");
    expect(Object.fromEntries(sql.closureReasons.counts.map((c) => [c.reason, c.count]))).toEqual(reasons.counts);
    expectDistribution(sql.gas, core["ind-gas"] as never, "ind-gas");
    expectDistribution(sql.distance.perWoman, core["ind-distance"] as never, "ind-distance");
    // Per domain and per pathway have no core indicator: the reference is the same rule over the same records.
    for (const row of sql.distance.byDomain)
      expectDistribution(row, dist(active.flatMap((r) => ladderChanges(r, [row.domain]))), `distance ${row.domain}`);
    for (const pathway of PATHWAY_IDS) {
      const domains = DOMAIN_IDS.filter((d) => pathwaysOfDomain(d).includes(pathway));
      const expected = dist(
        active.flatMap((r) => {
          const c = ladderChanges(r, domains);
          return c.length ? [mean(c)] : [];
        }),
      );
      expectDistribution(
        sql.distance.byPathway.find((p) => p.pathway === pathway) ?? dist([]),
        expected,
        `distance ${pathway}`,
      );
    }
  });

  it("has data behind the comparison (not only empty distributions)", async () => {
    const org = ids.own.organisationId;
    const sql = await withTenant(handle.db, org, (tx) => dashboardIndicators(tx, org, {}, PERIODS[2] as Period, TODAY));
    expect(sql.timeToFirstService.overall.n).toBeGreaterThan(5);
    expect(sql.gas.n).toBeGreaterThan(5);
    expect(sql.distance.perWoman.n).toBeGreaterThan(5);
    expect(sql.durationOfSupport.n).toBeGreaterThan(0);
    expect(sql.referralOutcomes.total).toBeGreaterThan(0);
    expect(sql.caseload.length).toBeGreaterThan(1);
  });

  it("filters narrow the population consistently", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const period = { granularity: "year", period: "2026" } as const;
    const all = await manager.dashboard.indicators({ period });
    const withChildren = await manager.dashboard.indicators({ period, filters: { hasChildren: true } });
    const without = await manager.dashboard.indicators({ period, filters: { hasChildren: false } });
    expect(withChildren.women + without.women).toBe(all.women);
    expect(withChildren.women).toBeGreaterThan(0);
    const byWorker = await manager.dashboard.indicators({
      period,
      filters: { caseworkerId: ids.own.caseworkerUserId },
    });
    expect(byWorker.caseload.map((c) => c.caseworkerId)).toEqual([ids.own.caseworkerUserId]);
    expect(byWorker.women).toBe(all.caseload.find((c) => c.caseworkerId === ids.own.caseworkerUserId)?.women);
  });
});

describe("scorecard", () => {
  it("counts each current client's plan coverage as core computes it, one plan at a time", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const card = await manager.dashboard.scorecard();
    const org = ids.own.organisationId;
    const current = await handle.db
      .select({ id: clients.id, status: clients.status })
      .from(clients)
      .where(eq(clients.organisationId, org));
    const open = current.filter((c) => c.status !== "closed");
    expect(card.clients).toBe(open.length);
    const expected = new Map<string, Record<string, number>>();
    await withTenant(handle.db, org, async (tx) => {
      for (const c of open) {
        const bundle = await loadPlanBundle(tx, org, c.id);
        if (!bundle) throw new Error("missing bundle");
        for (const { principle, status } of principleCoverage(checkPlan(buildCheckInput(bundle), TODAY))) {
          const counts = expected.get(principle) ?? { met: 0, partly: 0, "not-met": 0, "not-applicable": 0 };
          counts[status] = (counts[status] ?? 0) + 1;
          expected.set(principle, counts);
        }
      }
    });
    expect(card.principles).toHaveLength(11);
    for (const row of card.principles) expect(row.counts, row.principle).toEqual(expected.get(row.principle));
    expect(card.trend.at(-1)?.month).toBe(TODAY.slice(0, 7));
    expect(card.trend.at(-1)?.principles).toEqual(card.principles);
  });

  it("loads the plans of every current client with a fixed number of queries", async () => {
    const { loadPlanBundles } = await import("../../queries/plan-bundles.ts");
    const counted = (db: typeof handle.db) => {
      let selects = 0;
      const proxy = new Proxy(db, {
        get(target, prop, receiver) {
          if (prop === "select" || prop === "selectDistinctOn") selects += 1;
          return Reflect.get(target, prop, receiver) as unknown;
        },
      });
      return { proxy, selects: () => selects };
    };
    const load = async (organisationId: string) => {
      const rows = await handle.db.select().from(clients).where(eq(clients.organisationId, organisationId));
      const c = counted(handle.db);
      const bundles = await loadPlanBundles(c.proxy, organisationId, rows);
      return { bundles: bundles.length, selects: c.selects() };
    };
    const big = await load(ids.own.organisationId);
    const small = await load(ids.other.organisationId);
    expect(big.bundles).toBeGreaterThan(small.bundles);
    expect(big.selects).toBe(small.selects);
    // Nine since issue 19: one read counts her legal appointments with an interpreter booked.
    expect(big.selects).toBe(9);
  });

  it("filtered views leave the trend alone", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const card = await manager.dashboard.scorecard({ filters: { pathway: "eem" } });
    expect(card.trend).toEqual([]);
    expect(card.clients).toBeLessThanOrEqual((await manager.dashboard.scorecard()).clients);
  });

  it("lists the clients behind a gap, page by page, each audited", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const card = await manager.dashboard.scorecard();
    const row = card.principles.find((p) => p.counts["not-met"] >= 3);
    if (!row) throw new Error("the demo has a gap");
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await manager.dashboard.principleGap({
        principleId: row.principle,
        status: "not-met",
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      expect(page.total).toBe(row.counts["not-met"]);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.clientId));
      expect(page.items.every((i) => i.pseudonym.length > 0)).toBe(true);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(row.counts["not-met"]);
    const audited = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "dashboard.principleGap"), eq(auditEvents.entityType, "client")));
    expect(new Set(audited.map((e) => e.entityId))).toEqual(new Set(seen));
  });
});

describe("who may see the dashboard", () => {
  it("managers only; other roles are refused", async () => {
    for (const email of ["caseworker@demo.test", "admin@demo.test", "funder@demo.test"]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.dashboard.scorecard()), email).toBe("FORBIDDEN");
      expect(await codeOf(caller.dashboard.indicators()), email).toBe("FORBIDDEN");
      expect(
        await codeOf(caller.dashboard.principleGap({ principleId: "principle-01", status: "not-met" })),
        email,
      ).toBe("FORBIDDEN");
    }
  });

  it("another organisation's caseworker filter finds nobody", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const other = await manager.dashboard.indicators({
      filters: { caseworkerId: ids.other.caseworkerUserId },
      period: { granularity: "year", period: "2026" },
    });
    expect(other.women).toBe(0);
    const gap = await manager.dashboard.scorecard({ filters: { caseworkerId: ids.other.caseworkerUserId } });
    expect(gap.clients).toBe(0);
  });

  it("refuses bad periods, filters and cursors with a clear error", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    expect(await codeOf(manager.dashboard.indicators({ period: { from: "2026-10-01", to: "2026-07-01" } }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(manager.dashboard.indicators({ period: { granularity: "quarter", period: "2026-11" } }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(manager.dashboard.indicators({ filters: { pathway: "xyz" } } as never))).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        manager.dashboard.principleGap({ principleId: "principle-01", status: "not-met", cursor: "not-a-cursor" }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(manager.dashboard.principleGap({ principleId: "principle-12", status: "not-met" } as never)),
    ).toBe("BAD_REQUEST");
  });
});
