import { auditEvents, eq } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createSeededDb, NEW_CLIENT_FACTS, NOW } from "../../testing/test-support.ts";
import { codeOf, messageOf } from "../../testing/trpc-codes.ts";

/**
 * The manager's approval queue (issue 16), for women recorded here through the API: submitted
 * plans oldest first, approval from the queue, and a plan changed after approval flagged with
 * what changed and approved again.
 */
let handle: TestDb;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

const FACTS = { ...NEW_CLIENT_FACTS, citizenship: "third-country" } as const;
const GOAL = {
  domain: "legal",
  text: "Papers so I can stay",
  inHerOwnWords: true,
  currentGasLevel: -1,
  weight: 1,
} as const;

async function submittedPlanOf(pseudonym: string, email = "caseworker@demo.test", now = NOW) {
  const caseworker = await callerFor(handle, email, now);
  const client = await caseworker.clients.create({ ...FACTS, languages: ["ro"], pseudonym });
  const plan = await caseworker.plans.create({ clientId: client.id });
  await caseworker.plans.addGoal({ clientId: client.id, planId: plan.id, version: plan.version, goal: GOAL });
  const current = await caseworker.plans.get({ clientId: client.id });
  const version = current.plan?.version ?? 0;
  await caseworker.plans.submit({ clientId: client.id, planId: plan.id, version });
  return { caseworker, clientId: client.id, planId: plan.id };
}

async function versionOf(clientId: string) {
  const manager = await callerFor(handle, "manager@demo.test");
  return (await manager.plans.get({ clientId })).plan?.version ?? 0;
}

describe("the approval queue", () => {
  it("lists submitted plans oldest first; approving one from it takes it off", async () => {
    // The second was submitted first: the queue follows when, not the order of recording.
    const second = await submittedPlanOf("Queue Second", "caseworker@demo.test", new Date(NOW.getTime() - 3_600_000));
    const first = await submittedPlanOf("Queue First", "caseworker@demo.test", new Date(NOW.getTime() - 7_200_000));
    const manager = await callerFor(handle, "manager@demo.test");
    const queue = await manager.plans.approvalQueue({});
    const ours = queue.filter((item) => item.pseudonym.startsWith("Queue "));
    expect(ours.map((item) => item.pseudonym)).toEqual(["Queue First", "Queue Second"]);
    expect(ours[0]).toMatchObject({ status: "submitted", caseworkerName: "Demo Caseworker", changes: [] });
    const item = ours[0];
    if (!item) throw new Error("no queue item");
    await manager.plans.approve({
      clientId: item.clientId,
      planId: item.planId,
      version: item.version,
      confirmOpenGaps: true,
    });
    const after = await manager.plans.approvalQueue({});
    expect(after.map((entry) => entry.planId)).not.toContain(first.planId);
    expect(after.map((entry) => entry.planId)).toContain(second.planId);
  });

  it("flags a plan changed after approval with what changed, and approves it again; an unchanged one is refused", async () => {
    const { caseworker, clientId, planId } = await submittedPlanOf("Queue Changed");
    const manager = await callerFor(handle, "manager@demo.test");
    await manager.plans.approve({ clientId, planId, version: await versionOf(clientId), confirmOpenGaps: true });
    expect(await messageOf(manager.plans.approve({ clientId, planId, version: await versionOf(clientId) }))).toBe(
      "plan.error.unchangedSinceApproval",
    );
    await caseworker.plans.addAction({
      clientId,
      planId,
      version: await versionOf(clientId),
      action: { domain: "language", actionId: "language-course", status: "planned" },
    });
    const plan = await caseworker.plans.get({ clientId });
    expect(plan.plan?.status).toBe("approved");
    expect(plan.changesSinceApproval).toEqual([expect.objectContaining({ kind: "step-added", domain: "language" })]);
    const flagged = (await manager.plans.approvalQueue({})).find((item) => item.planId === planId);
    expect(flagged).toMatchObject({
      status: "approved",
      changes: [{ kind: "step-added", domain: "language", actionId: "language-course" }],
    });
    await manager.plans.approve({ clientId, planId, version: await versionOf(clientId), confirmOpenGaps: true });
    expect((await manager.plans.approvalQueue({})).map((item) => item.planId)).not.toContain(planId);
    expect((await manager.plans.get({ clientId })).changesSinceApproval).toEqual([]);
  });

  it("shows what each plan leaves unmet, and approves one with open gaps only when the manager confirms (audited)", async () => {
    const { clientId, planId } = await submittedPlanOf("Queue Gaps");
    const manager = await callerFor(handle, "manager@demo.test");
    const item = (await manager.plans.approvalQueue({})).find((entry) => entry.planId === planId);
    // The plan page's checks find the same gaps.
    const page = await manager.plans.get({ clientId });
    const fromPage = page.coverage.filter((c) => c.status === "not-met").map((c) => c.principle);
    expect(fromPage.length).toBeGreaterThan(0);
    expect(item?.unmet).toEqual(fromPage);
    const version = await versionOf(clientId);
    const refused = manager.plans.approve({ clientId, planId, version });
    expect(await messageOf(refused)).toBe("plan.error.confirmOpenGaps");
    expect(await messageOf(manager.plans.approve({ clientId, planId, version, confirmOpenGaps: false }))).toBe(
      "plan.error.confirmOpenGaps",
    );
    expect((await manager.plans.get({ clientId })).plan?.status).toBe("submitted");
    const events = async () =>
      (
        await handle.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, planId))
      ).map((row) => row.action);
    expect(await events()).not.toContain("plans.approveWithOpenGaps");
    const approved = await manager.plans.approve({ clientId, planId, version, confirmOpenGaps: true });
    expect(approved.status).toBe("approved");
    expect(await events()).toEqual(expect.arrayContaining(["plans.approve", "plans.approveWithOpenGaps"]));
  });

  it("refuses a confirmed approval to a caseworker, and another organisation's plan to the manager", async () => {
    const { clientId, planId, caseworker } = await submittedPlanOf("Queue Refused");
    const version = await versionOf(clientId);
    expect(await codeOf(caseworker.plans.approve({ clientId, planId, version, confirmOpenGaps: true }))).toBe(
      "FORBIDDEN",
    );
    const elsewhere = await submittedPlanOf("Queue Other Org", "caseworker2@demo.test");
    const manager = await callerFor(handle, "manager@demo.test");
    expect(
      await codeOf(
        manager.plans.approve({
          clientId: elsewhere.clientId,
          planId: elsewhere.planId,
          version: 1,
          confirmOpenGaps: true,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(manager.plans.approve({ clientId, planId, version, confirmOpenGaps: "yes" as unknown as boolean })),
    ).toBe("BAD_REQUEST");
  });

  it("is refused to caseworkers, funders and admins, and shows no other organisation's plans", async () => {
    for (const email of ["caseworker@demo.test", "funder@demo.test", "admin@demo.test"])
      expect(await codeOf((await callerFor(handle, email)).plans.approvalQueue({}))).toBe("FORBIDDEN");
    const { planId } = await submittedPlanOf("Queue Elsewhere", "caseworker2@demo.test");
    const manager = await callerFor(handle, "manager@demo.test");
    expect((await manager.plans.approvalQueue({})).map((item) => item.planId)).not.toContain(planId);
  });
});
