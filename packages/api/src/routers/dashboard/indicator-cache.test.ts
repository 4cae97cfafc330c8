import { and, clients, eq, memberships, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "../../auth/password.ts";
import { createContext } from "../../context.ts";
import { DEMO_PASSWORD } from "../../demo/seed-demo.ts";
import { createCaller } from "../../root.ts";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { anonymousCaller, contextOptions, createSeededDb, NOW } from "../../testing/test-support.ts";
import { createIndicatorCache, DASHBOARD_FRESHNESS_MS, type IndicatorCache } from "./indicator-cache.ts";
import { dashboardIndicators } from "./indicators.ts";

// A spy around the real computation: how many times the SQL indicators ran.
vi.mock("./indicators.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("./indicators.ts")>();
  return { ...original, dashboardIndicators: vi.fn(original.dashboardIndicators) };
});
const computations = vi.mocked(dashboardIndicators);

let handle: TestDb;
let ids: MatrixFixture;
const MINUTE = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const PERIOD = { period: { granularity: "quarter" as const, period: "2026-Q3" } };

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  const [user] = await handle.db
    .insert(users)
    .values({
      email: "manager2@second.test",
      displayName: "Second manager",
      passwordHash: await hashPassword(DEMO_PASSWORD),
    })
    .returning({ id: users.id });
  if (!user) throw new Error("user not created");
  await handle.db
    .insert(memberships)
    .values({ organisationId: ids.other.organisationId, userId: user.id, role: "manager" });
});
afterAll(() => handle.close());
beforeEach(() => {
  computations.mockClear();
});

async function manager(now: Date, dashboardCache: IndicatorCache | null, email = "manager@demo.test") {
  const { sessionToken } = await (await anonymousCaller(handle, now)).auth.login({ email, password: DEMO_PASSWORD });
  return createCaller(await createContext(contextOptions(handle, { sessionToken, now, dashboardCache })));
}

describe("dashboard.indicators freshness window (ADR 008)", () => {
  it("without a cache every request computes, and says the figures are live", async () => {
    const first = await (await manager(NOW, null)).dashboard.indicators(PERIOD);
    const second = await (await manager(at(1), null)).dashboard.indicators(PERIOD);
    expect(computations).toHaveBeenCalledTimes(2);
    expect(first.freshness).toEqual({ computedAt: NOW.toISOString(), keptForSeconds: 0 });
    expect(second.freshness.computedAt).toBe(at(1).toISOString());
  });

  it("reuses a result within the window, states its time, and recomputes after it", async () => {
    const cache = createIndicatorCache();
    const first = await (await manager(NOW, cache)).dashboard.indicators(PERIOD);
    expect(first.freshness).toEqual({ computedAt: NOW.toISOString(), keptForSeconds: DASHBOARD_FRESHNESS_MS / 1000 });
    // Data entered since: the organisation's active women are unassigned from their caseworkers.
    const before = first.caseload.find((row) => row.caseworkerId === null)?.women ?? 0;
    const moved = await handle.db
      .update(clients)
      .set({ caseworkerId: null })
      .where(and(eq(clients.organisationId, ids.own.organisationId), eq(clients.status, "active")))
      .returning({ id: clients.id });
    expect(moved.length).toBeGreaterThan(0);
    const within = await (await manager(at(4), cache)).dashboard.indicators(PERIOD);
    expect(within).toEqual(first);
    expect(computations).toHaveBeenCalledTimes(1);
    const after = await (await manager(at(6), cache)).dashboard.indicators(PERIOD);
    expect(computations).toHaveBeenCalledTimes(2);
    expect(after.freshness.computedAt).toBe(at(6).toISOString());
    expect(after.caseload.find((row) => row.caseworkerId === null)?.women ?? 0).toBeGreaterThan(before);
  });

  it("another period or filter, and another organisation, never get a cached answer", async () => {
    const cache = createIndicatorCache();
    const own = await (await manager(NOW, cache)).dashboard.indicators(PERIOD);
    await (await manager(NOW, cache)).dashboard.indicators({ period: { granularity: "quarter", period: "2026-Q2" } });
    await (await manager(NOW, cache)).dashboard.indicators({ ...PERIOD, filters: { hasChildren: true } });
    const other = await (await manager(NOW, cache, "manager2@second.test")).dashboard.indicators(PERIOD);
    expect(computations).toHaveBeenCalledTimes(4);
    expect(other.women).not.toBe(own.women);
    expect(computations.mock.calls.map((call) => call[1])).toEqual([
      ids.own.organisationId,
      ids.own.organisationId,
      ids.own.organisationId,
      ids.other.organisationId,
    ]);
  });

  it("parallel requests share one computation; a failed one is not kept", async () => {
    const cache = createIndicatorCache();
    const callers = await Promise.all([1, 2, 3, 4].map(() => manager(NOW, cache)));
    const answers = await Promise.all(callers.map((c) => c.dashboard.indicators(PERIOD)));
    expect(computations).toHaveBeenCalledTimes(1);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    const failing = createIndicatorCache();
    await expect(failing.get(["k"], NOW, () => Promise.reject(new Error("database gone")))).rejects.toThrow(
      "database gone",
    );
    expect(await failing.get(["k"], at(1), () => Promise.resolve(7))).toEqual({ value: 7, computedAt: at(1) });
  });
});
