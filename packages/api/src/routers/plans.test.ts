import { and, auditEvents, clients, eq, plans } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, createSeededDb, NEW_CLIENT_FACTS } from "../testing/test-support.ts";
import type { PlanFields } from "./plans/schemas.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const CASEWORKER = "caseworker@demo.test";
const MANAGER = "manager@demo.test";
const FIELDS: PlanFields = {
  agreedByClient: true,
  agreedOn: "2026-10-01",
  conditionsImposed: [],
  accommodationSingleSex: true,
  accommodationRatedSafe: "yes",
  lastSafetyReviewDate: "2026-11-01",
};

async function planRow(planId: string) {
  const [row] = await handle.db.select().from(plans).where(eq(plans.id, planId));
  if (!row) throw new Error("plan missing");
  return row;
}

async function auditCount(action: string, entityId: string) {
  return (
    await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)))
  ).length;
}

describe("plans.get", () => {
  it("gives her caseworker the plan, its checks per principle and progress per pathway, audited", async () => {
    const result = await (await callerFor(handle, CASEWORKER)).plans.get({ clientId: ids.own.clientId });
    expect(result.plan?.id).toBe(ids.own.planId);
    expect(result.goals.length).toBeGreaterThanOrEqual(2);
    expect(result.actions.length).toBeGreaterThanOrEqual(4);
    expect(result.coverage).toHaveLength(11);
    expect(result.progress.map((p) => p.pathway)).toEqual(["plm", "eem"]);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(await auditCount("plan.read", ids.own.planId)).toBeGreaterThan(0);
  });

  it("lets a manager read a colleague's client; refuses the caseworker who does not hold it", async () => {
    expect((await (await callerFor(handle, MANAGER)).plans.get({ clientId: ids.colleague.clientId })).plan?.id).toBe(
      ids.colleague.planId,
    );
    await expect(
      (await callerFor(handle, CASEWORKER)).plans.get({ clientId: ids.colleague.clientId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it.each(["funder@demo.test", "admin@demo.test"])("refuses %s", async (email) => {
    await expect((await callerFor(handle, email)).plans.get({ clientId: ids.own.clientId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses anyone not signed in, and another organisation's client does not exist", async () => {
    await expect((await anonymousCaller(handle)).plans.get({ clientId: ids.own.clientId })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect((await callerFor(handle, MANAGER)).plans.get({ clientId: ids.other.clientId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("answers bad input with BAD_REQUEST", async () => {
    await expect((await callerFor(handle, MANAGER)).plans.get({ clientId: "not-a-uuid" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("plans.create", () => {
  it("starts a draft for a client without a plan; plans.get shows none before", async () => {
    const caller = await callerFor(handle, MANAGER);
    const [client] = await handle.db
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.organisationId, ids.own.organisationId), eq(clients.status, "intake")))
      .limit(1);
    if (!client) throw new Error("the demo seed has no client in intake");
    const before = await caller.plans.get({ clientId: client.id });
    expect(before.plan).toBeNull();
    expect(before.coverage).toHaveLength(11);
    const created = await caller.plans.create({ clientId: client.id });
    expect(created).toMatchObject({ clientId: client.id, status: "draft", version: 1 });
    expect(await auditCount("plans.create", created.id)).toBe(1);
    await expect(caller.plans.create({ clientId: client.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a second plan for the same client", async () => {
    await expect(
      (await callerFor(handle, CASEWORKER)).plans.create({ clientId: ids.own.clientId }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "error.conflict" });
  });
});

describe("plans.update", () => {
  it("changes the plan's own fields and raises the version, audited", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const before = await planRow(ids.own.planId);
    const updated = await caller.plans.update({
      clientId: ids.own.clientId,
      planId: ids.own.planId,
      version: before.version,
      fields: FIELDS,
    });
    expect(updated.version).toBe(before.version + 1);
    expect(updated.lastSafetyReviewDate).toBe("2026-11-01");
    expect(await auditCount("plans.update", ids.own.planId)).toBe(1);
  });

  it("saves her agreement and the accommodation facts on a new plan that has no safety review yet", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const client = await caller.clients.create({
      isAdult: true,
      firstContactDate: "2026-11-02",
      childrenCount: 0,
      isPregnant: false,
      languages: ["ro"],
      needsInterpreter: false,
      identificationStatus: "not-assessed",
      cooperationWithAuthorities: "not-asked",
      isInTrainingOrWork: false,
    });
    const plan = await caller.plans.create({ clientId: client.id });
    const updated = await caller.plans.update({
      clientId: client.id,
      planId: plan.id,
      version: plan.version,
      fields: { ...FIELDS, agreedOn: "2026-11-20", accommodationSingleSex: false, lastSafetyReviewDate: null },
    });
    expect(updated).toMatchObject({ agreedByClient: true, agreedOn: "2026-11-20", lastSafetyReviewDate: null });
    const fetched = await caller.plans.get({ clientId: client.id });
    expect(fetched.findings.find((f) => f.ruleId === "plan-agreed-by-her")?.severity).toBe("met");
  });

  it("recognises a suggested step once it is in the plan: a second click adds no duplicate; P8 met by a date", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const client = await caller.clients.create({
      isAdult: true,
      firstContactDate: "2026-11-02",
      childrenCount: 0,
      isPregnant: false,
      languages: ["ro"],
      needsInterpreter: false,
      identificationStatus: "not-assessed",
      cooperationWithAuthorities: "not-asked",
      isInTrainingOrWork: false,
    });
    const plan = await caller.plans.create({ clientId: client.id });
    const p8 = async () =>
      (await caller.plans.get({ clientId: client.id })).findings.find((f) => f.ruleId === "safety-review-due");
    expect(await p8()).toMatchObject({ severity: "gap", suggestedAction: { actionId: "safety-plan" } });
    const click = {
      clientId: client.id,
      planId: plan.id,
      version: plan.version,
      action: { domain: "digital-safety", actionId: "safety-plan", status: "planned" },
      fromSuggestion: true,
    } as const;
    const first = await caller.plans.addAction(click);
    const second = await caller.plans.addAction(click);
    expect(second).toEqual(first);
    const after = await caller.plans.get({ clientId: client.id });
    expect(after.actions.filter((a) => a.actionId === "safety-plan")).toHaveLength(1);
    const inProgress = after.findings.find((f) => f.ruleId === "safety-review-due");
    expect(inProgress).toMatchObject({ severity: "warning", inPlan: { actionId: "safety-plan" } });
    expect(inProgress?.suggestedAction).toBeUndefined();
    // Without the flag the caller means a second step of the same kind (e.g. a second job application).
    await expect(
      caller.plans.addAction({ ...click, version: first.version, fromSuggestion: undefined }),
    ).resolves.toBeDefined();

    const other = await caller.clients.create({ ...NEW_CLIENT_FACTS, firstContactDate: "2026-11-03" });
    await caller.plans.create({ clientId: other.id });
    await caller.assessments.createRisk({
      clientId: other.id,
      assessment: { assessedOn: "2026-11-20", answers: { "self-harm-risk": { answer: "no" } } },
    });
    const fromRisk = (await caller.plans.get({ clientId: other.id })).findings.find(
      (f) => f.ruleId === "safety-review-due",
    );
    expect(fromRisk).toMatchObject({ severity: "met", params: { lastDate: "2026-11-20" } });
  });

  it("refuses a suggestion click on another organisation's plan", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    await expect(
      caller.plans.addAction({
        clientId: ids.other.clientId,
        planId: ids.other.planId,
        version: 1,
        action: { domain: "digital-safety", actionId: "safety-plan", status: "planned" },
        fromSuggestion: true,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a stale version with CONFLICT and leaves the row unchanged", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const before = await planRow(ids.own.planId);
    const stale = {
      clientId: ids.own.clientId,
      planId: ids.own.planId,
      version: before.version - 1,
      fields: { ...FIELDS, lastSafetyReviewDate: "2026-01-01" },
    };
    await expect(caller.plans.update(stale)).rejects.toMatchObject({ code: "CONFLICT", message: "error.conflict" });
    expect(await planRow(ids.own.planId)).toEqual(before);
  });

  it("checks her agreement through core: agreed needs a date", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const { version } = await planRow(ids.own.planId);
    const input = {
      clientId: ids.own.clientId,
      planId: ids.own.planId,
      version,
      fields: { ...FIELDS, agreedOn: null },
    };
    await expect(caller.plans.update(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("treats another organisation's plan as not found, even with her own client", async () => {
    const caller = await callerFor(handle, MANAGER);
    const input = { clientId: ids.own.clientId, planId: ids.other.planId, version: 1, fields: FIELDS };
    await expect(caller.plans.update(input)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("goals and actions", () => {
  it("adds, updates and removes a goal, each on the current version", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const ref = { clientId: ids.own.clientId, planId: ids.own.planId };
    const goal = {
      domain: "language",
      text: "Speak the language well enough to go to appointments alone",
      inHerOwnWords: true,
      currentGasLevel: -1,
      weight: 1,
    } as const;
    const added = await caller.plans.addGoal({ ...ref, version: (await planRow(ref.planId)).version, goal });
    const updated = await caller.plans.updateGoal({
      ...ref,
      version: added.version,
      goalId: added.goal.id,
      goal: { ...goal, currentGasLevel: 1 },
    });
    expect(updated.goal.currentGasLevel).toBe(1);
    await expect(
      caller.plans.removeGoal({ ...ref, version: added.version, goalId: added.goal.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const removed = await caller.plans.removeGoal({ ...ref, version: updated.version, goalId: added.goal.id });
    expect(removed.version).toBe(updated.version + 1);
    await expect(
      caller.plans.updateGoal({ ...ref, version: removed.version, goalId: added.goal.id, goal }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await planRow(ref.planId)).version).toBe(removed.version);
  });

  it.each([
    ["a blocked action without a barrier", { domain: "childcare", actionId: "childcare-place", status: "blocked" }],
    ["a catalogue action of another domain", { domain: "legal", actionId: "childcare-place", status: "planned" }],
    ["an action with neither catalogue id nor text", { domain: "legal", status: "planned" }],
  ])("refuses %s with BAD_REQUEST (core's rule)", async (_name, action) => {
    const caller = await callerFor(handle, CASEWORKER);
    const { version } = await planRow(ids.own.planId);
    const input = { clientId: ids.own.clientId, planId: ids.own.planId, version, action } as Parameters<
      typeof caller.plans.addAction
    >[0];
    await expect(caller.plans.addAction(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("blocks an action with its barrier, then unblocks it", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const ref = { clientId: ids.own.clientId, planId: ids.own.planId };
    const blocked = {
      domain: "childcare",
      actionId: "childcare-place",
      status: "blocked",
      barrierReason: "waiting-list",
    } as const;
    const added = await caller.plans.addAction({
      ...ref,
      version: (await planRow(ref.planId)).version,
      action: blocked,
    });
    expect(added.action.barrierReason).toBe("waiting-list");
    const done = await caller.plans.updateAction({
      ...ref,
      version: added.version,
      actionId: added.action.id,
      action: { ...blocked, status: "done" },
    });
    expect(done.action).toMatchObject({ status: "done", barrierReason: undefined });
    await caller.plans.removeAction({ ...ref, version: done.version, actionId: added.action.id });
  });

  it("refuses an action pointing at another organisation's provider", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const { version } = await planRow(ids.own.planId);
    const action = {
      domain: "legal",
      actionId: "rights-information",
      status: "planned",
      providerId: ids.other.providerId,
    } as const;
    await expect(
      caller.plans.addAction({ clientId: ids.own.clientId, planId: ids.own.planId, version, action }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("submit, approve, return", () => {
  it("runs the workflow: only a manager approves or returns, a return needs a comment", async () => {
    const caseworker = await callerFor(handle, CASEWORKER);
    const manager = await callerFor(handle, MANAGER);
    const ref = { clientId: ids.own.clientId, planId: ids.own.planId };
    await handle.db.update(plans).set({ status: "draft" }).where(eq(plans.id, ref.planId));
    const draft = await planRow(ref.planId);
    await expect(manager.plans.approve({ ...ref, version: draft.version })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    const submitted = await caseworker.plans.submit({ ...ref, version: draft.version });
    expect(submitted.status).toBe("submitted");
    await expect(caseworker.plans.approve({ ...ref, version: submitted.version })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      caseworker.plans.return({ ...ref, version: submitted.version, comment: "Add dates." }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(manager.plans.return({ ...ref, version: submitted.version, comment: "  " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const returned = await manager.plans.return({
      ...ref,
      version: submitted.version,
      comment: "Please add a date to each step.",
    });
    expect(returned).toMatchObject({ status: "returned", returnComment: "Please add a date to each step." });
    expect((await planRow(ref.planId)).returnComment).toMatch(/^gcm1\./);
    const resubmitted = await caseworker.plans.submit({ ...ref, version: returned.version });
    const approved = await manager.plans.approve({ ...ref, version: resubmitted.version, confirmOpenGaps: true });
    expect(approved).toMatchObject({ status: "approved", returnComment: null });
    expect(await auditCount("plans.approve", ref.planId)).toBe(1);
  });
});
