import { actions, and, assessments, auditEvents, clients, eq, goals, plans, reviews } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, createSeededDb } from "../testing/test-support.ts";
import type { ReviewPlanUpdatesInput } from "./plans/review-updates.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const CASEWORKER = "caseworker@demo.test";
const SUMMARY = "She feels safer and wants to start the course in spring.";
const REVIEW = {
  reviewedOn: "2026-11-22",
  housingRatedSafe: "yes",
  summary: SUMMARY,
  nextReviewDate: "2027-02-20",
} as const;

async function one<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error("row missing");
  return row;
}

const planOf = (planId: string) => one(handle.db.select().from(plans).where(eq(plans.id, planId)));
const actionOf = (actionId: string) => one(handle.db.select().from(actions).where(eq(actions.id, actionId)));

describe("reviews.create / get / list", () => {
  it("stores the summary only encrypted, sets her next review date, and audits", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const { clientId } = ids.own;
    const created = await caller.reviews.create({ clientId, ...REVIEW });
    const stored = await one(handle.db.select().from(reviews).where(eq(reviews.id, created.id)));
    expect(stored.summary).toMatch(/^gcm1\./);
    expect(stored.summary).not.toContain("safer");
    expect(stored.planId).toBe(ids.own.planId);
    expect((await one(handle.db.select().from(clients).where(eq(clients.id, clientId)))).nextReviewDate).toBe(
      "2027-02-20",
    );
    expect(await caller.reviews.get({ clientId, reviewId: created.id })).toMatchObject({
      summary: SUMMARY,
      housingRatedSafe: "yes",
    });
    const list = await caller.reviews.list({ clientId });
    expect(list.items[0]?.id).toBe(created.id);
    expect(list.items[0]).not.toHaveProperty("summary");
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(events.map((e) => e.action).sort()).toEqual(["reviews.create", "reviews.read"]);
    expect(JSON.stringify(events)).not.toContain("safer");
  });

  it("pages through her reviews with a cursor", async () => {
    const caller = await callerFor(handle, "manager@demo.test");
    const seen: string[] = [];
    let cursor: { reviewedOn: string; id: string } | undefined;
    do {
      const page = await caller.reviews.list({ clientId: ids.own.clientId, limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const all = await handle.db.select({ id: reviews.id }).from(reviews).where(eq(reviews.clientId, ids.own.clientId));
    expect(seen.sort()).toEqual(all.map((row) => row.id).sort());
  });

  it("updates action statuses, GAS levels and ladder readings in the same transaction", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const { clientId, planId, actionId, goalId } = ids.own;
    const { version } = await planOf(planId);
    const ladderBefore = await handle.db
      .select()
      .from(assessments)
      .where(and(eq(assessments.clientId, clientId), eq(assessments.kind, "ladder")));
    const plan: ReviewPlanUpdatesInput = {
      planId,
      version,
      actionUpdates: [{ actionId, status: "blocked", barrierReason: "no-childcare" }],
      goalUpdates: [{ goalId, currentGasLevel: 1 }],
    };
    const result = await caller.reviews.create({
      clientId,
      ...REVIEW,
      plan,
      ladder: [{ domain: "accommodation", value: 7 }],
    });
    expect(result.planVersion).toBe(version + 1);
    expect(result.ladderVersion).toBe(ladderBefore.length + 1);
    expect(await actionOf(actionId)).toMatchObject({ status: "blocked", barrierReason: "no-childcare" });
    expect((await one(handle.db.select().from(goals).where(eq(goals.id, goalId)))).currentGasLevel).toBe(1);
  });

  it("rolls everything back when an action update breaks core's rule (blocked without barrier)", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const { clientId, planId, actionId } = ids.own;
    const before = {
      plan: await planOf(planId),
      action: await actionOf(actionId),
      reviews: (await caller.reviews.list({ clientId, limit: 100 })).items.length,
    };
    const plan: ReviewPlanUpdatesInput = {
      planId,
      version: before.plan.version,
      actionUpdates: [{ actionId, status: "blocked" }],
    };
    await expect(caller.reviews.create({ clientId, ...REVIEW, plan })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await planOf(planId)).toEqual(before.plan);
    expect(await actionOf(actionId)).toEqual(before.action);
    expect((await caller.reviews.list({ clientId, limit: 100 })).items).toHaveLength(before.reviews);
  });

  it("refuses plan updates on a stale version with CONFLICT", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const { clientId, planId, goalId } = ids.own;
    const { version } = await planOf(planId);
    const plan: ReviewPlanUpdatesInput = {
      planId,
      version: version - 1,
      goalUpdates: [{ goalId, currentGasLevel: 2 }],
    };
    await expect(caller.reviews.create({ clientId, ...REVIEW, plan })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "error.conflict",
    });
    expect((await planOf(planId)).version).toBe(version);
  });

  it("treats another organisation's action as not found", async () => {
    const caller = await callerFor(handle, CASEWORKER);
    const { clientId, planId } = ids.own;
    const { version } = await planOf(planId);
    const plan: ReviewPlanUpdatesInput = {
      planId,
      version,
      actionUpdates: [{ actionId: ids.other.actionId, status: "done" }],
    };
    await expect(caller.reviews.create({ clientId, ...REVIEW, plan })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each([
    ["a date that is not a date", { ...REVIEW, reviewedOn: "22/11/2026" }],
    ["an unknown housing rating", { ...REVIEW, housingRatedSafe: "maybe" }],
    ["a summary that is too long", { ...REVIEW, summary: "x".repeat(5000) }],
    ["a ladder value of 0", { ...REVIEW, ladder: [{ domain: "accommodation", value: 0 }] }],
  ])("refuses %s with BAD_REQUEST", async (_name, review) => {
    const caller = await callerFor(handle, CASEWORKER);
    await expect(caller.reviews.create({ clientId: ids.own.clientId, ...review } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("access", () => {
  it.each(["funder@demo.test", "admin@demo.test"])("refuses %s", async (email) => {
    await expect((await callerFor(handle, email)).reviews.list({ clientId: ids.own.clientId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses a caseworker another caseworker's client, and anyone not signed in", async () => {
    await expect(
      (await callerFor(handle, CASEWORKER)).reviews.get({
        clientId: ids.colleague.clientId,
        reviewId: ids.colleague.reviewId,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await anonymousCaller(handle)).reviews.list({ clientId: ids.own.clientId })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("treats another organisation's client or review as not found", async () => {
    const caller = await callerFor(handle, "manager@demo.test");
    await expect(
      caller.reviews.get({ clientId: ids.other.clientId, reviewId: ids.other.reviewId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.reviews.get({ clientId: ids.own.clientId, reviewId: ids.other.reviewId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.reviews.create({ clientId: ids.other.clientId, ...REVIEW })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
