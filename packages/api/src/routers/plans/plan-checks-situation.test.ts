// Issue 21 "Her situation, used by the checks": charges against her, proceedings and her
// compensation claim, a closed case with legal steps open, court steps without psychological
// support and referrals to providers that are not women-only, each recorded through the API and
// each making its rule fire.
import type { ClientFacts } from "@gesim/core";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createSeededDb } from "../../testing/test-support.ts";

let handle: TestDb;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

const CASEWORKER = "caseworker@demo.test";
const MANAGER = "manager@demo.test";
// First contact well before the test day (2026-11-23): outside every grace window.
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

async function findings(clientId: string, ruleId: string) {
  const plan = await (await callerFor(handle, CASEWORKER)).plans.get({ clientId });
  return plan.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.severity}:${f.messageKey.split(".").pop()}`);
}

type Step = { domain: string; actionId: string; status?: string; providerId?: string };

/** Her plan with these catalogue steps, added through the API. */
async function withSteps(clientId: string, steps: readonly Step[]) {
  const caller = await callerFor(handle, CASEWORKER);
  const plan = await caller.plans.create({ clientId });
  let version = plan.version;
  for (const step of steps) {
    const action = { status: "planned", ...step } as Parameters<typeof caller.plans.addAction>[0]["action"];
    version = (await caller.plans.addAction({ clientId, planId: plan.id, version, action })).version;
  }
  return { planId: plan.id, version };
}

async function facts(clientId: string) {
  const client = await (await callerFor(handle, CASEWORKER)).clients.get({ clientId });
  return {
    ...FACTS,
    firstContactDate: client.firstContactDate,
    version: client.version,
    clientId,
  };
}

describe("charges-without-non-punishment-defence (P2) from charges recorded through the API", () => {
  it("is a gap while charges are pending with no defence, met once free representation is planned", async () => {
    const client = await newClient({ chargesAgainstHer: "pending", cooperationWithAuthorities: "not-cooperating" });
    expect(await findings(client.id, "charges-without-non-punishment-defence")).toEqual(["gap:pending"]);
    await withSteps(client.id, [{ domain: "legal", actionId: "free-legal-representation" }]);
    expect(await findings(client.id, "charges-without-non-punishment-defence")).toEqual(["met:met"]);
  });

  it("follows an update of the charges, and the record keeps them apart from her cooperation choice", async () => {
    const client = await newClient();
    expect(await findings(client.id, "charges-without-non-punishment-defence")).toEqual([]);
    const caller = await callerFor(handle, CASEWORKER);
    await caller.clients.update({ ...(await facts(client.id)), chargesAgainstHer: "convicted" });
    expect(await findings(client.id, "charges-without-non-punishment-defence")).toEqual(["gap:convicted"]);
    const record = await caller.clients.get({ clientId: client.id });
    expect(record).toMatchObject({ chargesAgainstHer: "convicted", cooperationWithAuthorities: "not-asked" });
  });

  it("refuses a value the record cannot hold and writes nothing", async () => {
    const client = await newClient();
    const caller = await callerFor(handle, CASEWORKER);
    await expect(
      caller.clients.update({ ...(await facts(client.id)), chargesAgainstHer: "guilty" as "pending" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await caller.clients.get({ clientId: client.id })).chargesAgainstHer).toBeNull();
  });
});

describe("compensation-claim (P2) from proceedings and her claim recorded through the API", () => {
  it("prompts a claim after a conviction, follows an award that is not paid, and is met once paid", async () => {
    const client = await newClient({ proceedings: "conviction", compensationClaim: "none" });
    expect(await findings(client.id, "compensation-claim")).toEqual(["info:conviction"]);
    const caller = await callerFor(handle, CASEWORKER);
    await caller.clients.update({ ...(await facts(client.id)), compensationClaim: "awarded" });
    expect(await findings(client.id, "compensation-claim")).toEqual(["info:awarded"]);
    await caller.clients.update({ ...(await facts(client.id)), compensationClaim: "paid" });
    expect(await findings(client.id, "compensation-claim")).toEqual(["met:paid"]);
  });

  it("suggests the claim while proceedings are under way, and counts a planned claim step", async () => {
    const client = await newClient({ proceedings: "ongoing" });
    const plan = await (await callerFor(handle, CASEWORKER)).plans.get({ clientId: client.id });
    expect(plan.findings.find((f) => f.ruleId === "compensation-claim")?.suggestedAction?.actionId).toBe(
      "compensation-claim",
    );
    await withSteps(client.id, [{ domain: "legal", actionId: "compensation-claim" }]);
    expect(await findings(client.id, "compensation-claim")).toEqual(["met:planned"]);
  });
});

describe("case-closed-with-matters-open (P1) from a closure through the API", () => {
  it("warns when her case is closed with a legal step open and suggests a follow-up after closure", async () => {
    const client = await newClient();
    await withSteps(client.id, [{ domain: "legal", actionId: "residence-permit-application" }]);
    const manager = await callerFor(handle, MANAGER);
    const { version } = await manager.clients.get({ clientId: client.id });
    await manager.clients.close({ clientId: client.id, version, reasons: ["her-choice"] });
    expect(await findings(client.id, "case-closed-with-matters-open")).toEqual(["warning:legal", "info:noFollowUp"]);
  });
});

describe("court-steps-without-psychological-support (P5, PLM bridge) through the API", () => {
  it("warns on special measures in court without support, and is met once crisis support is offered", async () => {
    const client = await newClient();
    const { planId, version } = await withSteps(client.id, [
      { domain: "legal", actionId: "special-measures-in-court" },
    ]);
    expect(await findings(client.id, "court-steps-without-psychological-support")).toEqual(["warning:warning"]);
    const caller = await callerFor(handle, CASEWORKER);
    const action = { domain: "therapy", actionId: "crisis-support", status: "planned" } as const;
    await caller.plans.addAction({ clientId: client.id, planId, version, action });
    expect(await findings(client.id, "court-steps-without-psychological-support")).toEqual(["met:met"]);
  });
});

describe("women-only-services (P9) from the directory's women-only flag", () => {
  it("flags a therapy step referred to a provider that is not women-only, not one that is", async () => {
    const manager = await callerFor(handle, MANAGER);
    const provider = { languages: ["en"], acceptsMothersWithChildren: false, domains: ["therapy" as const] };
    const mixed = await manager.providers.create({ ...provider, name: "Mixed counselling", isWomenOnly: false });
    const women = await manager.providers.create({ ...provider, name: "Women's counselling", isWomenOnly: true });
    const client = await newClient();
    await withSteps(client.id, [
      { domain: "therapy", actionId: "trauma-therapy", providerId: mixed.id },
      { domain: "therapy", actionId: "crisis-support", providerId: women.id },
    ]);
    expect(await findings(client.id, "women-only-services")).toEqual(["warning:warning", "met:met"]);
  });
});

describe("her review: feedback and secondary victimisation (P10, X3) through the API", () => {
  it("stores her ratings and the events, and X3 counts them once a review asked", async () => {
    const manager = await callerFor(handle, MANAGER);
    const period = { from: "2026-01-01", to: "2026-11-23" };
    const x3 = async () => (await manager.indicators.programme(period)).indicators.find((i) => i.id === "ind-x3");
    expect(await x3()).toMatchObject({ recorded: false, result: null });
    const client = await newClient();
    const caller = await callerFor(handle, CASEWORKER);
    const review = {
      clientId: client.id,
      reviewedOn: "2026-11-20",
      housingRatedSafe: "not-asked",
      summary: "",
      nextReviewDate: null,
    } as const;
    await caller.reviews.create({
      ...review,
      secondaryVictimisationEvents: 2,
      feedback: { feltHeard: 4, planFitsHer: 3, safeWithService: null },
    });
    const [stored] = (await caller.reviews.list({ clientId: client.id })).items;
    expect(stored).toMatchObject({
      secondaryVictimisationEvents: 2,
      feltHeard: 4,
      planFitsHer: 3,
      safeWithService: null,
    });
    expect(await x3()).toMatchObject({ recorded: true, result: { kind: "count", value: 2, women: 1 } });
  });

  it("refuses a rating outside 1–5 or a negative count, and records nothing", async () => {
    const client = await newClient();
    const caller = await callerFor(handle, CASEWORKER);
    const review = {
      clientId: client.id,
      reviewedOn: "2026-11-20",
      housingRatedSafe: "not-asked",
      summary: "",
      nextReviewDate: null,
    } as const;
    await expect(
      caller.reviews.create({ ...review, feedback: { feltHeard: 6, planFitsHer: null, safeWithService: null } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.reviews.create({ ...review, secondaryVictimisationEvents: -1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await caller.reviews.list({ clientId: client.id })).items).toEqual([]);
  });
});

describe("complaints-route-offered (P10) through the API", () => {
  it("informs inside the grace window, warns after it, and is met once the complaints route is in her plan", async () => {
    const fresh = await newClient({ firstContactDate: "2026-11-20" });
    await withSteps(fresh.id, []);
    expect(await findings(fresh.id, "complaints-route-offered")).toEqual(["info:warning"]);
    const client = await newClient();
    const { planId, version } = await withSteps(client.id, []);
    expect(await findings(client.id, "complaints-route-offered")).toEqual(["warning:warning"]);
    const caller = await callerFor(handle, CASEWORKER);
    const action = { domain: "legal", actionId: "complaints-route", status: "done" } as const;
    await caller.plans.addAction({ clientId: client.id, planId, version, action });
    expect(await findings(client.id, "complaints-route-offered")).toEqual(["met:met"]);
  });
});
