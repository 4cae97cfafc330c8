// Issue 21: every input a plan rule reads reaches checkPlan from records created through the
// API (disclosures, caseworker changes, closure, permit, children, risk answers, the
// organisation's configuration), and each rule fires from them.
import type { ClientFacts } from "@gesim/core";
import { eq, ne, organisations, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ORGANISATION } from "../../demo/seed-demo.ts";
import { callerFor, createSeededDb } from "../../testing/test-support.ts";

let handle: TestDb;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

const CASEWORKER = "caseworker@demo.test";
const MANAGER = "manager@demo.test";
// First contact 53 days before the test day (2026-11-23): outside every grace window.
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

async function newClient(facts: Partial<ClientFacts> = {}) {
  return (await callerFor(handle, CASEWORKER)).clients.create({ ...FACTS, ...facts, isAdult: true });
}

async function findings(clientId: string, ruleId: string, email = CASEWORKER) {
  const plan = await (await callerFor(handle, email)).plans.get({ clientId });
  return plan.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.severity}:${f.messageKey.split(".").pop()}`);
}

async function userId(email: string) {
  const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

describe("disclosure-consent (P9) from disclosures recorded through the API", () => {
  it("is a gap once her data went to immigration without her consent", async () => {
    const client = await newClient();
    const caller = await callerFor(handle, CASEWORKER);
    expect(await findings(client.id, "disclosure-consent")).toEqual([]);
    await caller.disclosures.create({
      clientId: client.id,
      disclosure: { date: "2026-11-01", recipient: "other-ngo", hasConsent: true },
    });
    expect(await findings(client.id, "disclosure-consent")).toEqual(["met:met"]);
    await caller.disclosures.create({
      clientId: client.id,
      disclosure: { date: "2026-11-02", recipient: "immigration", hasConsent: false },
    });
    expect(await findings(client.id, "disclosure-consent")).toEqual(["gap:authority"]);
    expect(await caller.disclosures.list({ clientId: client.id })).toHaveLength(2);
  });

  it("is refused to a funder and to another organisation's caseworker, and bad input loses nothing", async () => {
    const client = await newClient();
    const disclosure = { date: "2026-11-01", recipient: "police", hasConsent: false } as const;
    await expect(
      (await callerFor(handle, "funder@demo.test")).disclosures.create({ clientId: client.id, disclosure }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await callerFor(handle, "caseworker2@demo.test")).disclosures.list({ clientId: client.id }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/) });
    const caller = await callerFor(handle, CASEWORKER);
    await expect(
      caller.disclosures.create({
        clientId: client.id,
        disclosure: { ...disclosure, recipient: "neighbour" as "police" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await caller.disclosures.list({ clientId: client.id })).toEqual([]);
  });
});

describe("caseworker-continuity (P9) from reassignments through the API", () => {
  it("warns once her caseworker was replaced more often than the organisation allows", async () => {
    const client = await newClient();
    const manager = await callerFor(handle, MANAGER);
    const [first, second] = [await userId("caseworker-b@demo.test"), await userId(CASEWORKER)];
    expect(await findings(client.id, "caseworker-continuity")).toEqual(["met:met"]);
    let version = client.version;
    for (const caseworkerId of [first, second, first]) {
      version = (await manager.clients.assign({ clientId: client.id, caseworkerId, version })).version;
    }
    expect(await findings(client.id, "caseworker-continuity", MANAGER)).toEqual(["warning:warning"]);
    // The organisation's own limit is used (issue 21 item 9).
    const current = await manager.admin.planChecks.get();
    await manager.admin.planChecks.update({
      config: { ...current.config, maxCaseworkerChanges: 5 },
      version: current.version,
    });
    expect(await findings(client.id, "caseworker-continuity", MANAGER)).toEqual(["met:met"]);
    const after = await manager.admin.planChecks.get();
    await manager.admin.planChecks.update({ config: current.config, version: after.version });
  });
});

describe("support-ended-by-funding (P1) from a closure through the API", () => {
  it("is a gap when the case was closed because funding ended, and not after reopening", async () => {
    const client = await newClient();
    // Closing a case needs a manager by default (the organisation's closure setting, issue 16).
    const caller = await callerFor(handle, MANAGER);
    const closed = await caller.clients.close({
      clientId: client.id,
      version: client.version,
      reasons: ["funding-ended"],
    });
    expect(await findings(client.id, "support-ended-by-funding")).toEqual(["gap:gap"]);
    await caller.clients.reopen({ clientId: client.id, version: closed.version });
    expect(await findings(client.id, "support-ended-by-funding")).toEqual([]);
  });
});

describe("her permit (P2, issue 21 item 3) recorded through the API", () => {
  it("flags a permit tied to cooperation and warns before it expires", async () => {
    const client = await newClient({
      citizenship: "third-country",
      legalStatus: "residence-permit",
      permitBasis: "tied-to-cooperation",
      permitExpiresOn: "2026-12-20",
    });
    expect(await findings(client.id, "permit-tied-to-cooperation")).toEqual(["warning:warning"]);
    expect(await findings(client.id, "permit-expiry")).toEqual(["warning:soon"]);
  });

  it("pushes no permit during the reflection period and asks for a work permit for her work goal", async () => {
    const client = await newClient({
      citizenship: "third-country",
      legalStatus: "reflection-period",
      reflectionPeriodEnd: "2027-01-31",
      rightToWork: "no",
    });
    const caller = await callerFor(handle, CASEWORKER);
    const plan = await caller.plans.create({ clientId: client.id });
    const goal = {
      domain: "employment",
      text: "Work as a cook",
      inHerOwnWords: true,
      currentGasLevel: -1,
      weight: 1,
    } as const;
    await caller.plans.addGoal({ clientId: client.id, planId: plan.id, version: plan.version, goal });
    expect(await findings(client.id, "third-country-permit-action")).toEqual(["info:reflection"]);
    expect(await findings(client.id, "work-permit-for-employment-goal")).toEqual(["gap:gap"]);
  });
});

describe("her children (P3, issue 21 item 8) recorded through the API", () => {
  it("asks for childcare only for a young child who lives with her", async () => {
    const withHer = await newClient({ childrenCount: 1, children: [{ age: 2, livesWith: "with-her" }] });
    const abroad = await newClient({
      childrenCount: 2,
      children: [
        { age: 2, livesWith: "abroad" },
        { age: 16, livesWith: "with-her" },
      ],
    });
    const unrecorded = await newClient({ childrenCount: 1 });
    expect(await findings(withHer.id, "mother-without-childcare")).toEqual(["gap:gap"]);
    expect(await findings(abroad.id, "mother-without-childcare")).toEqual([]);
    expect(await findings(unrecorded.id, "children-recorded")).toEqual(["warning:warning"]);
  });

  it("refuses a children list that does not match the count, keeping what was recorded", async () => {
    const client = await newClient({ childrenCount: 1, children: [{ age: 4, livesWith: "with-her" }] });
    const caller = await callerFor(handle, CASEWORKER);
    await expect(
      caller.clients.update({ ...FACTS, clientId: client.id, version: client.version, childrenCount: 2, children: [] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "plan.error.childrenListCount" });
    const record = await caller.clients.get({ clientId: client.id });
    expect(record.children).toEqual([{ age: 4, livesWith: "with-her" }]);
  });
});

describe("her risk answers (issue 21 item 4, 'Her situation') recorded through the API", () => {
  it("lead to a digital-safety check for technology control and to debt advice for debt bondage", async () => {
    const client = await newClient();
    const caller = await callerFor(handle, CASEWORKER);
    expect(await findings(client.id, "digital-safety-for-high-risk")).toEqual([]);
    await caller.assessments.createRisk({
      clientId: client.id,
      assessment: {
        assessedOn: "2026-11-20",
        answers: { "technology-control": { answer: "yes" }, "debt-bondage": { answer: "yes" } },
      },
    });
    expect(await findings(client.id, "digital-safety-for-high-risk")).toEqual(["warning:warning"]);
    expect(await findings(client.id, "risk-answers-to-actions")).toEqual(["warning:debt-bondage"]);
  });
});

describe("admin.planChecks (issue 21 item 9)", () => {
  it("is for managers and admins of the organisation, bounded, and per organisation", async () => {
    await expect((await callerFor(handle, CASEWORKER)).admin.planChecks.get()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const admin = await callerFor(handle, "admin@demo.test");
    const current = await admin.admin.planChecks.get();
    expect(current.config.graceDays).toBe(14);
    await expect(
      admin.admin.planChecks.update({ config: { ...current.config, graceDays: 1000 }, version: current.version }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const updated = await admin.admin.planChecks.update({
      config: { ...current.config, graceDays: 30 },
      version: current.version,
    });
    expect(updated.config.graceDays).toBe(30);
    await expect(
      admin.admin.planChecks.update({ config: current.config, version: current.version }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // Another organisation keeps its own (default) configuration.
    const others = await handle.db
      .select({ config: organisations.planCheckConfig })
      .from(organisations)
      .where(ne(organisations.name, DEMO_ORGANISATION));
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.config).toEqual({});
    await admin.admin.planChecks.update({ config: current.config, version: updated.version });
  });
});

describe("indicators from recorded events (issue 21 items 1, 7)", () => {
  it("computes 9.4 from disclosures recorded through the API and shows X1–X3 as not recorded", async () => {
    const manager = await callerFor(handle, MANAGER);
    const period = { from: "2026-01-01", to: "2026-11-23" };
    const before = await manager.indicators.programme(period);
    const share = (result: typeof before) => result.indicators.find((i) => i.id === "ind-9.4")?.result;
    const client = await newClient();
    const caller = await callerFor(handle, CASEWORKER);
    for (const hasConsent of [true, false]) {
      await caller.disclosures.create({
        clientId: client.id,
        disclosure: { date: "2026-11-10", recipient: "police", hasConsent },
      });
    }
    await caller.disclosures.create({
      clientId: client.id,
      disclosure: { date: "2026-11-11", recipient: "other-ngo", hasConsent: false },
    });
    const after = await manager.indicators.programme(period);
    const asRatio = (value: unknown) => {
      const result = value as { kind?: string; numerator: number; denominator: number } | null | undefined;
      if (result?.kind !== "ratio") throw new Error("9.4 is a ratio");
      return result;
    };
    const [was, now] = [asRatio(share(before)), asRatio(share(after))];
    expect(now.denominator - was.denominator).toBe(2);
    expect(now.numerator - was.numerator).toBe(1);
    for (const id of ["ind-x1", "ind-x2", "ind-x3"]) {
      expect(after.indicators.find((i) => i.id === id)).toMatchObject({ recorded: false, result: null });
    }
    expect(after.indicators.find((i) => i.id === "ind-1.3")).toMatchObject({ recorded: true });
  });
});
