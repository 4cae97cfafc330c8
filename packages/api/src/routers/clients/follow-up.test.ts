import { addDays } from "@gesim/core";
import { and, auditEvents, closures, eq } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { callerFor, createSeededDb, NEW_CLIENT_FACTS, NOW, TODAY } from "../../testing/test-support.ts";
import { codeOf, messageOf } from "../../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
let clientId: string;
const IN_A_MONTH = addDays(TODAY, 30);
const laterBy = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  const caseworker = await callerFor(handle, "caseworker@demo.test");
  clientId = (await caseworker.clients.create({ ...NEW_CLIENT_FACTS, pseudonym: "Yarrow-305" })).id;
});
afterAll(() => handle.close());

async function inboxKinds(days: number, email = "caseworker@demo.test") {
  const caller = await callerFor(handle, email, laterBy(days));
  return (await caller.clients.taskInbox({ clientId })).map((task) => task.kind);
}

describe("a follow-up contact after closure, with her consent", () => {
  it("is refused while her case is open and without her follow-up consent", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    expect(await messageOf(caseworker.clients.followUp.set({ clientId, followUpOn: IN_A_MONTH }))).toBe(
      "clients.error.followUpNeedsClosedCase",
    );
    const manager = await callerFor(handle, "manager@demo.test");
    const client = await manager.clients.get({ clientId });
    await manager.clients.close({ clientId, version: client.version, reasons: ["goals-met"] });
    expect(await messageOf(caseworker.clients.followUp.set({ clientId, followUpOn: IN_A_MONTH }))).toBe(
      "clients.error.followUpNeedsConsent",
    );
    expect(await caseworker.clients.followUp.get({ clientId })).toMatchObject({ followUpOn: null, hasConsent: false });
  });

  it("once she agrees, is planned, appears in My work from its day, and leaves it when made", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await caseworker.consents.create({
      clientId,
      consent: { purpose: "follow-up-contact", givenOn: TODAY, recordedHow: "verbal-with-interpreter" },
    });
    expect(await codeOf(caseworker.clients.followUp.set({ clientId, followUpOn: addDays(TODAY, -1) }))).toBe(
      "BAD_REQUEST",
    );
    expect(await messageOf(caseworker.clients.followUp.set({ clientId, followUpOn: TODAY }))).toBe(
      "clients.error.followUpNotAfterClosure",
    );
    await caseworker.clients.followUp.set({ clientId, followUpOn: IN_A_MONTH });
    expect(await caseworker.clients.followUp.get({ clientId })).toMatchObject({
      followUpOn: IN_A_MONTH,
      followUpDoneOn: null,
      hasConsent: true,
    });

    expect(await inboxKinds(29)).not.toContain("follow-up-due");
    expect(await inboxKinds(30)).toContain("follow-up-due");
    // Not in a colleague's work: she is not on her caseload.
    expect(await inboxKinds(30, "caseworker-b@demo.test")).not.toContain("follow-up-due");
    const later = await callerFor(handle, "caseworker@demo.test", laterBy(31));
    const [task] = (await later.clients.taskInbox({ clientId })).filter((t) => t.kind === "follow-up-due");
    expect(task).toMatchObject({ pseudonym: "Yarrow-305", date: IN_A_MONTH });

    await later.clients.followUp.done({ clientId });
    expect(await inboxKinds(31)).not.toContain("follow-up-due");
    expect(await messageOf(later.clients.followUp.done({ clientId }))).toBe("clients.error.noFollowUp");
    const [closure] = await handle.db.select().from(closures).where(eq(closures.clientId, clientId));
    expect(closure?.followUpDoneOn).toBe(addDays(TODAY, 31));
    const events = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, clientId), eq(auditEvents.action, "clients.followUp.set")));
    expect(events).toHaveLength(1);
  });

  it("leaves My work when she withdraws her consent", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await caseworker.clients.followUp.set({ clientId, followUpOn: addDays(TODAY, 40) });
    expect(await inboxKinds(40)).toContain("follow-up-due");
    const [consent] = (await caseworker.consents.list({ clientId })).items.filter(
      (c) => c.purpose === "follow-up-contact",
    );
    await caseworker.consents.withdraw({
      clientId,
      consentId: consent?.id ?? "",
      version: consent?.version ?? 1,
      withdrawnOn: TODAY,
    });
    expect(await inboxKinds(40)).not.toContain("follow-up-due");
  });

  it("refuses other roles, a colleague and another organisation's woman", async () => {
    for (const email of ["funder@demo.test", "admin@demo.test"]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.clients.followUp.set({ clientId, followUpOn: null }))).toBe("FORBIDDEN");
    }
    const colleague = await callerFor(handle, "caseworker-b@demo.test");
    expect(await codeOf(colleague.clients.followUp.get({ clientId }))).toBe("FORBIDDEN");
    const other = await callerFor(handle, "caseworker2@demo.test");
    expect(await codeOf(other.clients.followUp.done({ clientId }))).toBe("NOT_FOUND");
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    expect(await codeOf(caseworker.clients.followUp.get({ clientId: ids.other.clientId }))).toBe("NOT_FOUND");
  });
});
