// plans.get: a bounded number of queries, and the childcare gap (P3) that disappears once a
// childcare step is in her plan.
//
// Counting queries: `countingDb` wraps the test database in a Proxy that counts every query
// builder started (select, insert, update, delete, execute) on the database and on every
// transaction it opens, whatever the driver (PGlite or PostgreSQL). The count includes the
// tenant set-up, the access check and the audit append, which are constant.
import type { Database } from "@gesim/db";
import { actions, and, clients, eq, gt, inArray, organisations, plans } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context.ts";
import { DEMO_ORGANISATION, DEMO_PASSWORD } from "../../demo/seed-demo.ts";
import { createCaller } from "../../root.ts";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, contextOptions, createSeededDb } from "../../testing/test-support.ts";

const QUERY_METHODS = new Set<PropertyKey>([
  "select",
  "selectDistinct",
  "selectDistinctOn",
  "insert",
  "update",
  "delete",
  "execute",
]);

type Counter = { queries: number };

function countingDb(db: Database, counter: Counter): Database {
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value: unknown = Reflect.get(object, property, object);
        if (typeof value !== "function") return value;
        if (property === "transaction") {
          return (work: (tx: Database) => Promise<unknown>, config?: unknown) =>
            value.call(object, (tx: Database) => work(wrap(tx)), config);
        }
        if (QUERY_METHODS.has(property)) {
          return (...args: unknown[]) => {
            counter.queries += 1;
            return value.apply(object, args);
          };
        }
        return value.bind(object);
      },
    });
  return wrap(db);
}

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

async function countingCaller(email: string, counter: Counter) {
  const { sessionToken } = await (await anonymousCaller(handle)).auth.login({ email, password: DEMO_PASSWORD });
  return createCaller(
    await createContext(contextOptions(handle, { sessionToken, db: countingDb(handle.db, counter) })),
  );
}

async function planVersion(planId: string) {
  const [row] = await handle.db.select({ version: plans.version }).from(plans).where(eq(plans.id, planId));
  return row?.version ?? 0;
}

describe("plans.get query count", () => {
  it("stays the same whatever the number of goals and actions", async () => {
    const counter = { queries: 0 };
    const caller = await countingCaller("caseworker@demo.test", counter);
    const ref = { clientId: ids.own.clientId, planId: ids.own.planId };
    counter.queries = 0;
    const before = await caller.plans.get({ clientId: ref.clientId });
    const queriesBefore = counter.queries;
    // tenant set-up, access check, 7 loading queries, audit append: the proxy sees them all
    expect(queriesBefore).toBeGreaterThanOrEqual(9);
    for (let i = 0; i < 8; i += 1) {
      const goal = {
        domain: "training",
        text: `Finish course part ${i + 1}`,
        inHerOwnWords: true,
        currentGasLevel: -1,
        weight: 1,
      } as const;
      await caller.plans.addGoal({ ...ref, version: await planVersion(ref.planId), goal });
      const action = { domain: "training", actionId: "vocational-training", status: "planned" } as const;
      await caller.plans.addAction({ ...ref, version: await planVersion(ref.planId), action });
    }
    counter.queries = 0;
    const after = await caller.plans.get({ clientId: ref.clientId });
    expect(after.goals.length).toBe(before.goals.length + 8);
    expect(after.actions.length).toBe(before.actions.length + 8);
    expect(counter.queries).toBe(queriesBefore);
    // 16: one more fixed read since issue 19 (her legal appointments with an interpreter booked).
    expect(counter.queries).toBeLessThanOrEqual(16);
  });
});

describe("the childcare gap (P3)", () => {
  /** A mother of a young child who lives with her (issue 21 item 8), whose plan has no live childcare step. */
  async function motherWithoutChildcare() {
    const all = await handle.db
      .select({ clientId: clients.id, planId: plans.id, children: clients.children })
      .from(clients)
      .innerJoin(organisations, eq(organisations.id, clients.organisationId))
      .innerJoin(plans, eq(plans.clientId, clients.id))
      .where(and(eq(organisations.name, DEMO_ORGANISATION), gt(clients.childrenCount, 0)));
    const rows = all
      .filter((r) => (r.children ?? []).some((child) => child.livesWith === "with-her" && child.age <= 12))
      .map(({ clientId, planId }) => ({ clientId, planId }));
    const withChildcare = await handle.db
      .select({ clientId: actions.clientId })
      .from(actions)
      .where(
        and(
          eq(actions.catalogueActionId, "childcare-place"),
          inArray(actions.status, ["planned", "in-progress", "done"]),
        ),
      );
    const covered = new Set(withChildcare.map((a) => a.clientId));
    const mothers = rows.filter((r) => !covered.has(r.clientId));
    return { mother: mothers[0], share: mothers.length / rows.length };
  }

  // Only a childcare place clears it since issue 21 item 7, so more demo mothers show it than before.
  it("shows in the demo for some mothers of young children, not all", async () => {
    const { share } = await motherWithoutChildcare();
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.85);
  });

  it("disappears from plans.get once a childcare action is added", async () => {
    const { mother } = await motherWithoutChildcare();
    if (!mother) throw new Error("the demo seed has no mother without childcare");
    const caller = await callerFor(handle, "manager@demo.test");
    const gaps = async () =>
      (await caller.plans.get({ clientId: mother.clientId })).findings
        .filter((f) => f.ruleId === "mother-without-childcare")
        .map((f) => f.severity);
    expect(await gaps()).toEqual(["gap"]);
    const action = { domain: "childcare", actionId: "childcare-place", status: "planned" } as const;
    await caller.plans.addAction({ ...mother, version: await planVersion(mother.planId), action });
    expect(await gaps()).toEqual(["met"]);
    const coverage = (await caller.plans.get({ clientId: mother.clientId })).coverage.find(
      (c) => c.principle === "principle-03",
    );
    expect(coverage?.findings.some((f) => f.ruleId === "mother-without-childcare" && f.severity === "gap")).toBe(false);
  });
});
