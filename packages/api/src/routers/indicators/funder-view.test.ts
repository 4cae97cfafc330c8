import { latestCompleteQuarter } from "@gesim/core";
import { and, auditEvents, eq, funderReleases, memberships, privacyBudgetSpends, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../auth/password.ts";
import { DEMO_PASSWORD } from "../../demo/seed-demo.ts";
import { DEMO_RELATIONSHIP_ID } from "../../demo/seed-funding.ts";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { callerFor, createSeededDb, TODAY } from "../../testing/test-support.ts";
import { codeOf, messageOf } from "../../testing/trpc-codes.ts";

/**
 * indicators.funderView (issue 14 item 5): a view never spends privacy budget, so the funder's
 * page can show it on a GET; the release that spends is the mutation indicators.funder.
 */
let handle: TestDb;
let ids: MatrixFixture;
const QUARTER = latestCompleteQuarter(TODAY);

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  const [user] = await handle.db
    .insert(users)
    .values({
      email: "funder2@second.test",
      displayName: "Second funder",
      passwordHash: await hashPassword(DEMO_PASSWORD),
    })
    .returning({ id: users.id });
  if (!user) throw new Error("user not created");
  await handle.db
    .insert(memberships)
    .values({ organisationId: ids.other.organisationId, userId: user.id, role: "funder" });
});
afterAll(() => handle.close());

const funder = () => callerFor(handle, "funder@demo.test");
const ledger = () => handle.db.select().from(privacyBudgetSpends).orderBy(privacyBudgetSpends.createdAt);
const releases = () => handle.db.select({ id: funderReleases.id }).from(funderReleases);

async function setEpsilon(epsilonPerPeriod: number | null) {
  const admin = await callerFor(handle, "admin@demo.test");
  const link = (await admin.admin.funding.list()).find((r) => r.relationshipId === DEMO_RELATIONSHIP_ID);
  await admin.admin.funding.setEpsilon({
    relationshipId: DEMO_RELATIONSHIP_ID,
    epsilonPerPeriod,
    version: link?.version ?? 1,
  });
}

describe("indicators.funderView", () => {
  it("without ε shows the quarter's publication, the same the release gives, and spends nothing", async () => {
    const f = await funder();
    const view = await f.indicators.funderView({ dimensions: ["ageBand"] });
    expect(view.status).toBe("released");
    if (view.status !== "released") return;
    expect(view.report.methodology.privacy).toBeNull();
    expect(await f.indicators.funder({ dimensions: ["ageBand"] })).toEqual(view.report);
    expect(await ledger()).toEqual([]);
  });

  it("under ε never spends budget nor reads case records: it says what releasing costs; the release spends once", async () => {
    await setEpsilon(1);
    const f = await funder();
    const storedBefore = (await releases()).length;
    for (let i = 0; i < 3; i++) {
      const view = await f.indicators.funderView({ dimensions: ["citizenshipGroup"] });
      expect(view).toEqual({
        status: "awaitingRelease",
        period: QUARTER,
        dimensions: ["citizenshipGroup"],
        epsilon: 0.25,
        total: 1,
        remaining: 1,
        affordable: true,
      });
    }
    // Nothing spent, nothing released or stored.
    expect(await ledger()).toEqual([]);
    expect((await releases()).length).toBe(storedBefore);

    const released = await f.indicators.funder({ dimensions: ["citizenshipGroup"] });
    expect(released.methodology.privacy?.epsilon).toBe(0.25);
    expect((await ledger()).map((s) => s.epsilon)).toEqual([0.25]);
    // From now on the view shows that release, and views still spend nothing.
    for (let i = 0; i < 3; i++)
      expect(await f.indicators.funderView({ dimensions: ["citizenshipGroup"] })).toEqual({
        status: "released",
        report: released,
      });
    expect((await ledger()).map((s) => s.epsilon)).toEqual([0.25]);
  });

  it("says when what is left of the quarter's budget cannot pay for a release, and the release refuses", async () => {
    const f = await funder();
    await f.indicators.funder({ dimensions: ["legalStatus"], epsilon: 0.7 });
    const view = await f.indicators.funderView({ dimensions: ["country"] });
    expect(view).toMatchObject({ status: "awaitingRelease", epsilon: 0.25, remaining: 0.05, affordable: false });
    expect(await messageOf(f.indicators.funder({ dimensions: ["country"] }))).toBe("funding.error.budgetExhausted");
    expect((await ledger()).map((s) => s.epsilon).sort()).toEqual([0.25, 0.7]);
    await setEpsilon(null);
  });

  it("is for funders only, and only over her own relationships", async () => {
    for (const email of ["caseworker@demo.test", "manager@demo.test", "admin@demo.test"])
      expect(await codeOf((await callerFor(handle, email)).indicators.funderView()), email).toBe("FORBIDDEN");
    const second = await callerFor(handle, "funder2@second.test");
    expect(await messageOf(second.indicators.funderView())).toBe("funding.error.noRelationship");
    expect(await codeOf(second.indicators.funderView({ relationshipId: DEMO_RELATIONSHIP_ID }))).toBe("NOT_FOUND");
    expect(await codeOf((await funder()).indicators.funderView({ quarter: "2099-Q1" }))).toBe("BAD_REQUEST");
  });

  it("is audited as the funder's other reads are", async () => {
    await (await funder()).indicators.funderView();
    const events = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "indicators.funderView"), eq(auditEvents.entityId, ids.own.organisationId)));
    expect(events.length).toBeGreaterThan(0);
  });
});
