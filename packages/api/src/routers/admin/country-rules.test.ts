// Country rules as configuration and the disclosure rounding (issue 17): an administrator sets
// them, caseworkers' intake follows them, a funder's release rounds as set; refused for other
// roles, never reaching another organisation, bad input refused with a clear message.
import type { ClientFacts } from "@gesim/core";
import { auditEvents, clients, eq, organisations } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { callerFor, createSeededDb } from "../../testing/test-support.ts";
import { codeOf, messageOf } from "../../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const FACTS: ClientFacts = {
  firstContactDate: "2026-10-01",
  childrenCount: 0,
  isPregnant: false,
  languages: ["ro"],
  needsInterpreter: false,
  identificationStatus: "not-assessed",
  cooperationWithAuthorities: "not-asked",
  isInTrainingOrWork: false,
};

const RULES = {
  reflectionPeriodDays: 90,
  permitTypes: [
    { label: "Victims' permit", tiedToCooperation: true },
    { label: "Humanitarian permit", tiedToCooperation: false },
  ],
};

async function versionOf(email: string) {
  return (await (await callerFor(handle, email)).admin.organisation.get()).version;
}

describe("country rules", () => {
  it("are not configured until an administrator sets them; she sets them, audited, and caseworkers read them", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    expect(await caseworker.clients.countryRules()).toEqual({ reflectionPeriodDays: null, permitTypes: [] });
    const admin = await callerFor(handle, "admin@demo.test");
    const saved = await admin.admin.organisation.setCountryRules({
      ...RULES,
      version: await versionOf("admin@demo.test"),
    });
    expect(saved.countryRules).toEqual(RULES);
    expect(await caseworker.clients.countryRules()).toEqual(RULES);
    const events = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.action, "admin.organisation.setCountryRules"));
    expect(events).toHaveLength(1);
  });

  it("are refused to managers, caseworkers and funders, and never reach another organisation", async () => {
    const version = await versionOf("admin@demo.test");
    for (const email of ["manager@demo.test", "caseworker@demo.test", "funder@demo.test"]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.admin.organisation.setCountryRules({ ...RULES, version })), email).toBe("FORBIDDEN");
    }
    expect(await codeOf((await callerFor(handle, "funder@demo.test")).clients.countryRules())).toBe("FORBIDDEN");
    const other = await callerFor(handle, "caseworker2@demo.test");
    expect(await other.clients.countryRules()).toEqual({ reflectionPeriodDays: null, permitTypes: [] });
    const [second] = await handle.db
      .select({ countryRules: organisations.countryRules })
      .from(organisations)
      .where(eq(organisations.id, ids.other.organisationId));
    expect(second?.countryRules).toEqual({});
  });

  it("refuses a length out of range, a type listed twice and a stale version, changing nothing", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const version = await versionOf("admin@demo.test");
    expect(
      await messageOf(admin.admin.organisation.setCountryRules({ ...RULES, reflectionPeriodDays: 0, version })),
    ).toContain("organisation.error.reflectionDays");
    const twice = [...RULES.permitTypes, { label: "victims' PERMIT", tiedToCooperation: false }];
    expect(
      await messageOf(admin.admin.organisation.setCountryRules({ ...RULES, permitTypes: twice, version })),
    ).toContain("organisation.error.permitTypeTwice");
    expect(await codeOf(admin.admin.organisation.setCountryRules({ ...RULES, version: version - 1 }))).toBe("CONFLICT");
    expect((await admin.admin.organisation.get()).countryRules).toEqual(RULES);
  });

  it("complete her intake: a configured permit gives its basis, a start gives the end, an unknown type is refused", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const created = await caseworker.clients.create({
      ...FACTS,
      isAdult: true,
      legalStatus: "reflection-period",
      reflectionPeriodStart: "2026-10-01",
      permitType: "victims' permit",
      permitBasis: "independent",
    });
    const record = await caseworker.clients.get({ clientId: created.id });
    expect(record).toMatchObject({
      reflectionPeriodStart: "2026-10-01",
      reflectionPeriodEnd: "2026-12-30",
      permitType: "Victims' permit",
      permitBasis: "tied-to-cooperation",
    });
    const before = await handle.db.select({ id: clients.id }).from(clients);
    expect(
      await messageOf(caseworker.clients.create({ ...FACTS, isAdult: true, permitType: "Golden visa" })),
    ).toContain("client.error.unknownPermitType");
    expect(await handle.db.select({ id: clients.id }).from(clients)).toHaveLength(before.length);
    // Changed on her profile: the humanitarian permit is independent of cooperation.
    const updated = await caseworker.clients.update({
      ...FACTS,
      clientId: created.id,
      version: record.version,
      legalStatus: "residence-permit",
      permitType: "Humanitarian permit",
    });
    expect(await caseworker.clients.get({ clientId: updated.id })).toMatchObject({
      permitType: "Humanitarian permit",
      permitBasis: "independent",
    });
  });
});

describe("disclosure rounding", () => {
  it("follows the threshold until set; a rounding that does not divide k is refused, also when k changes", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const { id: _id, version, name, country, disclosureThreshold } = await admin.admin.organisation.get();
    const base = { name, country, disclosureThreshold, version };
    expect(await messageOf(admin.admin.organisation.update({ ...base, disclosureRounding: 3 }))).toContain(
      "disclosure.error.resolutionMustDivideK",
    );
    const set = await admin.admin.organisation.update({ ...base, disclosureRounding: 10 });
    expect(set).toMatchObject({ disclosureRounding: 10, disclosureRoundingInForce: 10, disclosureRoundingDefault: 5 });
    // The rounding left out stays: a threshold it no longer divides is refused.
    expect(
      await messageOf(admin.admin.organisation.update({ ...base, version: set.version, disclosureThreshold: 12 })),
    ).toContain("disclosure.error.resolutionMustDivideK");
    expect(await codeOf((await callerFor(handle, "manager@demo.test")).admin.organisation.update(base))).toBe(
      "FORBIDDEN",
    );
  });

  it("is what a funder's release rounds with", async () => {
    const report = await (await callerFor(handle, "funder@demo.test")).indicators.funder();
    expect(report.methodology).toMatchObject({ k: 10, resolution: 10 });
    // The headline count of women: released only as a multiple of the rounding set.
    if (report.women.kind !== "value") throw new Error("the demo's women are enough to count");
    expect(report.women.value % 10).toBe(0);
    expect(report.women.value).toBeGreaterThan(0);
  });
});
