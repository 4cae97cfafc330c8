import { latestCompleteQuarter, quarterRange } from "@gesim/core";
import {
  and,
  consents,
  eq,
  funderReleases,
  fundingRelationshipMembers,
  memberships,
  organisations,
  privacyBudgetSpends,
  users,
  withTenant,
} from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "../../auth/password.ts";
import { createContext } from "../../context.ts";
import { DEMO_PASSWORD } from "../../demo/seed-demo.ts";
import { DEMO_RELATIONSHIP_ID } from "../../demo/seed-funding.ts";
import { loadCaseRecords } from "../../queries/case-records.ts";
import { createCaller } from "../../root.ts";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { anonymousCaller, contextOptions, createSeededDb, NOW, TODAY } from "../../testing/test-support.ts";
import { codeOf } from "../../testing/trpc-codes.ts";
import { buildFunderReport } from "./funder-report.ts";

// A spy around the real loader: how many organisations' case records a call read.
vi.mock("../../queries/case-records.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../queries/case-records.ts")>();
  return { ...original, loadCaseRecords: vi.fn(original.loadCaseRecords) };
});
const loads = vi.mocked(loadCaseRecords);

let handle: TestDb;
let ids: MatrixFixture;
const QUARTER = latestCompleteQuarter(TODAY);
const PERIOD = quarterRange(QUARTER);
const HOUR = 3_600_000;
const later = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());
beforeEach(() => {
  loads.mockClear();
});

/** A signed-in caller at `now`, with the deployment's maximum release age (default 24 h). */
async function callerAt(email: string, now = NOW, funderReleaseMaxAgeMs?: number) {
  const { sessionToken } = await (await anonymousCaller(handle, now)).auth.login({ email, password: DEMO_PASSWORD });
  return createCaller(
    await createContext(
      contextOptions(handle, { sessionToken, now, ...(funderReleaseMaxAgeMs ? { funderReleaseMaxAgeMs } : {}) }),
    ),
  );
}
const funder = (now = NOW) => callerAt("funder@demo.test", now);
const stored = (period: string, dimensions: string) =>
  handle.db
    .select({
      createdAt: funderReleases.createdAt,
      differentiallyPrivate: funderReleases.differentiallyPrivate,
      organisations: funderReleases.organisations,
    })
    .from(funderReleases)
    .where(
      and(
        eq(funderReleases.relationshipId, DEMO_RELATIONSHIP_ID),
        eq(funderReleases.period, period),
        eq(funderReleases.dimensions, dimensions),
      ),
    );

describe("a funder release without noise is a stored publication", () => {
  it("is computed once: a repeat and an export return it without reading any case record", async () => {
    const first = await (await funder()).indicators.funder({ dimensions: ["ageBand"] });
    expect(loads).toHaveBeenCalledTimes(2); // the two covered organisations
    loads.mockClear();
    const f = await funder(later(3));
    expect(await f.indicators.funder({ dimensions: ["ageBand"] })).toEqual(first);
    const json = await f.indicators.funderExport({ format: "json", dimensions: ["ageBand"] });
    expect((JSON.parse(json.content) as { report: unknown }).report).toEqual(first);
    expect(loads).not.toHaveBeenCalled();
    expect(await stored(QUARTER, "ageBand")).toEqual([
      {
        createdAt: NOW,
        differentiallyPrivate: false,
        organisations: [ids.own.organisationId, ids.other.organisationId].sort().join(","),
      },
    ]);
  });

  it("late data shows up only after the maximum age, then the refreshed release stands again", async () => {
    const options = { quarter: QUARTER, k: 10, dimensions: ["citizenshipGroup"] as const, countries: ["ZZ"] };
    const before = await (await funder()).indicators.funder({ dimensions: ["citizenshipGroup"] });
    // Late data entry: the second organisation records that all its women withdrew reporting consent.
    await handle.db
      .update(consents)
      .set({ withdrawnOn: TODAY })
      .where(and(eq(consents.organisationId, ids.other.organisationId), eq(consents.purpose, "anonymised-reporting")));
    loads.mockClear();
    expect(await (await funder(later(23))).indicators.funder({ dimensions: ["citizenshipGroup"] })).toEqual(before);
    expect(loads).not.toHaveBeenCalled();
    const refreshed = await (await funder(later(25))).indicators.funder({ dimensions: ["citizenshipGroup"] });
    expect(loads).toHaveBeenCalledTimes(2);
    const today = later(25).toISOString().slice(0, 10);
    const records = [
      ...(await loadCaseRecords(handle.db, ids.own.organisationId, PERIOD, today)),
      ...(await loadCaseRecords(handle.db, ids.other.organisationId, PERIOD, today)),
    ];
    expect(refreshed).toEqual(buildFunderReport(records, options));
    expect(refreshed).not.toEqual(before);
    expect((await stored(QUARTER, "citizenshipGroup"))[0]?.createdAt).toEqual(later(25));
    loads.mockClear();
    expect(await (await funder(later(30))).indicators.funder({ dimensions: ["citizenshipGroup"] })).toEqual(refreshed);
    expect(loads).not.toHaveBeenCalled();
  });

  it("the maximum age is the deployment's setting", async () => {
    // A quarter of its own: the publication of the default quarter was refreshed at a later time above.
    const quarter = "2025-Q2";
    await (await funder()).indicators.funder({ quarter, dimensions: ["legalStatus"] });
    loads.mockClear();
    await (await callerAt("funder@demo.test", later(2), HOUR)).indicators.funder({
      quarter,
      dimensions: ["legalStatus"],
    });
    expect(loads).toHaveBeenCalledTimes(2);
  });

  it("a stricter k set since makes a stored release outdated at once", async () => {
    const quarter = "2026-Q1";
    expect((await (await funder()).indicators.funder({ quarter })).methodology.k).toBe(10);
    await handle.db
      .update(organisations)
      .set({ disclosureThreshold: 15 })
      .where(eq(organisations.id, ids.other.organisationId));
    try {
      expect((await (await funder(later(1))).indicators.funder({ quarter })).methodology.k).toBe(15);
    } finally {
      await handle.db
        .update(organisations)
        .set({ disclosureThreshold: 10 })
        .where(eq(organisations.id, ids.other.organisationId));
    }
  });
});

describe("another funder or organisation does not get a stored release", () => {
  it("a funder who covers fewer organisations gets her own release, over her organisations only", async () => {
    const both = await (await funder()).indicators.funder({ quarter: "2026-Q2" });
    const [user] = await handle.db
      .insert(users)
      .values({
        email: "funder3@second.test",
        displayName: "Third funder",
        passwordHash: await hashPassword(DEMO_PASSWORD),
      })
      .returning({ id: users.id });
    if (!user) throw new Error("user not created");
    await handle.db
      .insert(memberships)
      .values({ organisationId: ids.other.organisationId, userId: user.id, role: "funder" });
    await handle.db
      .insert(fundingRelationshipMembers)
      .values({ relationshipId: DEMO_RELATIONSHIP_ID, userId: user.id });
    loads.mockClear();
    const hers = await (await callerAt("funder3@second.test")).indicators.funder({ quarter: "2026-Q2" });
    expect(loads.mock.calls.map((call) => call[1])).toEqual([ids.other.organisationId]);
    const other = await loadCaseRecords(handle.db, ids.other.organisationId, quarterRange("2026-Q2"), TODAY);
    expect(hers).toEqual(buildFunderReport(other, { quarter: "2026-Q2", k: 10, dimensions: [], countries: ["ZZ"] }));
    expect(hers).not.toEqual(both);
    expect((await stored("2026-Q2", "")).map((r) => r.organisations).sort()).toEqual(
      [ids.other.organisationId, [ids.own.organisationId, ids.other.organisationId].sort().join(",")].sort(),
    );
  });

  it("a funder who is no member of the relationship is refused before anything is read", async () => {
    const [user] = await handle.db
      .insert(users)
      .values({
        email: "outsider@second.test",
        displayName: "Outsider",
        passwordHash: await hashPassword(DEMO_PASSWORD),
      })
      .returning({ id: users.id });
    if (!user) throw new Error("user not created");
    await handle.db
      .insert(memberships)
      .values({ organisationId: ids.other.organisationId, userId: user.id, role: "funder" });
    loads.mockClear();
    expect(
      await codeOf(
        (await callerAt("outsider@second.test")).indicators.funder({
          relationshipId: DEMO_RELATIONSHIP_ID,
          quarter: "2026-Q2",
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(loads).not.toHaveBeenCalled();
  });
});

describe("a differentially private release is never replaced", () => {
  it("stands whatever its age, spends nothing on repeats, and row-level security refuses any change", async () => {
    const quarter = "2025-Q4";
    const admin = await callerAt("admin@demo.test");
    const version =
      (await admin.admin.funding.list()).find((r) => r.relationshipId === DEMO_RELATIONSHIP_ID)?.version ?? 1;
    await admin.admin.funding.setEpsilon({ relationshipId: DEMO_RELATIONSHIP_ID, epsilonPerPeriod: 1, version });
    const spends = async () =>
      (await handle.db.select().from(privacyBudgetSpends).where(eq(privacyBudgetSpends.period, quarter))).length;
    try {
      const first = await (await funder()).indicators.funder({ quarter });
      expect(first.methodology.privacy?.epsilon).toBe(0.25);
      expect(await spends()).toBe(1);
      loads.mockClear();
      expect(await (await funder(later(24 * 90))).indicators.funder({ quarter })).toEqual(first);
      expect(loads).not.toHaveBeenCalled();
      expect(await spends()).toBe(1);
      expect(await stored(quarter, "")).toMatchObject([{ createdAt: NOW, differentiallyPrivate: true }]);
      // As the application role: the noised release is invisible to updates, and the key cannot be written.
      const changed = await withTenant(handle.db, ids.own.organisationId, (tx) =>
        tx
          .update(funderReleases)
          .set({ release: {}, createdAt: later(1) })
          .where(eq(funderReleases.period, quarter))
          .returning({ id: funderReleases.id }),
      );
      expect(changed).toEqual([]);
      await expect(
        withTenant(handle.db, ids.own.organisationId, (tx) =>
          tx.update(funderReleases).set({ period: "2025-Q3" }).where(eq(funderReleases.period, quarter)),
        ),
      ).rejects.toThrow();
      await expect(
        withTenant(handle.db, ids.own.organisationId, (tx) =>
          tx
            .update(funderReleases)
            .set({ differentiallyPrivate: false })
            .where(eq(funderReleases.period, quarter))
            .returning({ id: funderReleases.id }),
        ),
      ).resolves.toEqual([]);
    } finally {
      const now =
        (await admin.admin.funding.list()).find((r) => r.relationshipId === DEMO_RELATIONSHIP_ID)?.version ?? 1;
      await admin.admin.funding.setEpsilon({
        relationshipId: DEMO_RELATIONSHIP_ID,
        epsilonPerPeriod: null,
        version: now,
      });
    }
    // Without ε again, the published quarter keeps its noised release.
    expect((await (await funder(later(24 * 91))).indicators.funder({ quarter })).methodology.privacy?.epsilon).toBe(
      0.25,
    );
  });

  it("a release without noise published before ε was set is replaced by a noised one, which then stands", async () => {
    const quarter = "2025-Q3";
    const plain = await (await funder()).indicators.funder({ quarter });
    expect(plain.methodology.privacy).toBeNull();
    const admin = await callerAt("admin@demo.test");
    const version =
      (await admin.admin.funding.list()).find((r) => r.relationshipId === DEMO_RELATIONSHIP_ID)?.version ?? 1;
    await admin.admin.funding.setEpsilon({ relationshipId: DEMO_RELATIONSHIP_ID, epsilonPerPeriod: 1, version });
    try {
      const noised = await (await funder(later(1))).indicators.funder({ quarter });
      expect(noised.methodology.privacy?.epsilon).toBe(0.25);
      expect(await stored(quarter, "")).toMatchObject([{ createdAt: later(1), differentiallyPrivate: true }]);
      expect(await (await funder(later(2))).indicators.funder({ quarter })).toEqual(noised);
    } finally {
      const now =
        (await admin.admin.funding.list()).find((r) => r.relationshipId === DEMO_RELATIONSHIP_ID)?.version ?? 1;
      await admin.admin.funding.setEpsilon({
        relationshipId: DEMO_RELATIONSHIP_ID,
        epsilonPerPeriod: null,
        version: now,
      });
    }
  });
});
