import { consents, eq, memberships, organisations, serviceProviders, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECOND_ORGANISATION } from "../../demo/seed-demo.ts";
import { callerFor, createSeededDb, NEW_CLIENT_FACTS, TODAY } from "../../testing/test-support.ts";
import { codeOf } from "../../testing/trpc-codes.ts";

/** "My work" (issue 16), for a woman recorded here through the API (today is TODAY, 2026-11-23). */
let handle: TestDb;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

async function womanWithSteps(email: string, pseudonym: string) {
  const caller = await callerFor(handle, email);
  const client = await caller.clients.create({
    ...NEW_CLIENT_FACTS,
    languages: ["ro"],
    pseudonym,
    nextReviewDate: "2026-11-25",
    reflectionPeriodEnd: "2026-12-01",
  });
  const plan = await caller.plans.create({ clientId: client.id });
  let version = plan.version;
  const step = async (actionId: string, domain: string, dueDate: string, status: string, barrierReason?: string) => {
    await caller.plans.addAction({
      clientId: client.id,
      planId: plan.id,
      version,
      action: { domain, actionId, status, dueDate, barrierReason } as never,
    });
    version = (await caller.plans.get({ clientId: client.id })).plan?.version ?? version;
  };
  await step("language-course", "language", "2026-11-20", "planned");
  await step("language-level-test", "language", "2026-11-27", "in-progress");
  await step("rights-information", "legal", "2026-11-01", "blocked", "waiting-list");
  return { caller, clientId: client.id };
}

describe("clients.taskInbox", () => {
  it("lists her overdue and due steps, her review and her reflection period ending, overdue first", async () => {
    const { caller, clientId } = await womanWithSteps("caseworker@demo.test", "Inbox Willow");
    const tasks = (await caller.clients.taskInbox({})).filter((task) => task.clientId === clientId);
    expect(TODAY).toBe("2026-11-23");
    expect(tasks.map((task) => [task.kind, task.date])).toEqual([
      ["step-overdue", "2026-11-20"],
      ["step-due", "2026-11-27"],
      ["review-due", "2026-11-25"],
      ["reflection-ending", "2026-12-01"],
    ]);
    expect(tasks[0]).toMatchObject({
      pseudonym: "Inbox Willow",
      step: { domain: "language", actionId: "language-course" },
    });
    const own = await caller.clients.taskInbox({ clientId });
    expect(own).toHaveLength(4);
  });

  it("holds only her own caseload: not a colleague's woman, not another organisation's; funders are refused", async () => {
    const { clientId } = await womanWithSteps("caseworker-b@demo.test", "Inbox Colleague");
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    expect((await caseworker.clients.taskInbox({})).map((task) => task.clientId)).not.toContain(clientId);
    expect(await caseworker.clients.taskInbox({ clientId })).toEqual([]);
    const other = await callerFor(handle, "caseworker2@demo.test");
    expect((await other.clients.taskInbox({})).map((task) => task.clientId)).not.toContain(clientId);
    for (const email of ["funder@demo.test", "admin@demo.test"])
      expect(await codeOf((await callerFor(handle, email)).clients.taskInbox({}))).toBe("FORBIDDEN");
  });

  it("asks to renew a consent expiring within 30 days, and an expired one an open referral still relies on", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const client = await caseworker.clients.create({ ...NEW_CLIENT_FACTS, pseudonym: "Inbox Consent" });
    const [me] = await handle.db
      .select({ organisationId: memberships.organisationId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, "caseworker@demo.test"));
    const [provider] = await handle.db
      .insert(serviceProviders)
      .values({ organisationId: me?.organisationId ?? "", name: "Inbox Legal Aid (demo)", domains: ["legal"] })
      .returning({ id: serviceProviders.id });
    const providerId = provider?.id ?? "";
    const referralConsent = await caseworker.consents.create({
      clientId: client.id,
      consent: {
        purpose: "service-referral",
        recipient: providerId,
        givenOn: "2026-11-01",
        recordedHow: "written-signed",
        expiresOn: "2027-06-01",
      },
    });
    await caseworker.consents.create({
      clientId: client.id,
      consent: {
        purpose: "story-use",
        givenOn: "2026-11-01",
        recordedHow: "verbal-witnessed",
        expiresOn: "2026-12-15",
      },
    });
    await caseworker.consents.create({
      clientId: client.id,
      consent: {
        purpose: "anonymised-reporting",
        givenOn: "2026-11-01",
        recordedHow: "verbal-witnessed",
        expiresOn: "2027-02-01",
      },
    });
    await caseworker.referrals.create({ clientId: client.id, providerId });
    expect((await caseworker.clients.taskInbox({ clientId: client.id })).map((task) => task.kind)).toEqual([
      "consent-expiring",
      "referral-waiting",
    ]);
    // Months pass: her consent to the provider lapses while the referral is still open.
    await handle.db.update(consents).set({ expiresOn: "2026-11-20" }).where(eq(consents.id, referralConsent.id));
    const tasks = await caseworker.clients.taskInbox({ clientId: client.id });
    expect(tasks.map((task) => [task.kind, task.date])).toEqual([
      ["consent-expired-in-use", "2026-11-20"],
      ["consent-expiring", "2026-12-15"],
      ["referral-waiting", expect.any(String)],
    ]);
    expect(tasks[0]).toMatchObject({ providerName: "Inbox Legal Aid (demo)", consentPurpose: "service-referral" });
    expect(tasks[1]).toMatchObject({ providerName: null, consentPurpose: "story-use" });
    // Not a colleague's task, not another organisation's.
    const colleague = await callerFor(handle, "caseworker-b@demo.test");
    expect((await colleague.clients.taskInbox({})).map((task) => task.clientId)).not.toContain(client.id);
    const other = await callerFor(handle, "caseworker2@demo.test");
    expect((await other.clients.taskInbox({})).map((task) => task.clientId)).not.toContain(client.id);
  });
});

describe("clients.taskInbox on the organisation's clock", () => {
  it("takes today in the organisation's time zone: past midnight in Auckland, a step due on the 23rd is overdue", async () => {
    await handle.db
      .update(organisations)
      .set({ timeZone: "Pacific/Auckland" })
      .where(eq(organisations.name, SECOND_ORGANISATION));
    // 12:00 UTC on 23 November is 01:00 on 24 November in Auckland.
    const caller = await callerFor(handle, "caseworker2@demo.test", new Date(`${TODAY}T12:00:00Z`));
    const client = await caller.clients.create({ ...NEW_CLIENT_FACTS, pseudonym: "Inbox Kauri" });
    const plan = await caller.plans.create({ clientId: client.id });
    await caller.plans.addAction({
      clientId: client.id,
      planId: plan.id,
      version: plan.version,
      action: { domain: "language", actionId: "language-course", status: "planned", dueDate: TODAY },
    });
    const tasks = await caller.clients.taskInbox({ clientId: client.id });
    // UTC's date would still call it due today.
    expect(tasks.map((task) => [task.kind, task.date])).toEqual([["step-overdue", TODAY]]);
  });
});
