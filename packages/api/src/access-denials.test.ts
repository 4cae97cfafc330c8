// Denials are audited after the request's transaction rolls back, naming the client asked
// for, so a manager sees in the client's log who tried to open her record.
import { and, auditEvents, eq } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "./testing/matrix-ids.ts";
import { callerFor, createSeededDb } from "./testing/test-support.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

async function eventsFor(clientId: string) {
  return handle.db
    .select({ action: auditEvents.action, outcome: auditEvents.outcome, organisationId: auditEvents.organisationId })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "client"), eq(auditEvents.entityId, clientId)));
}

describe("audited denials", () => {
  it("records a caseworker opening a colleague's client as denied, on that client", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    await expect(caller.clients.get({ clientId: ids.colleague.clientId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await eventsFor(ids.colleague.clientId)).toContainEqual({
      action: "clients.get",
      outcome: "denied",
      organisationId: ids.own.organisationId,
    });
  });

  it("records a probe of another organisation's id as not found, in the prober's organisation only", async () => {
    const caller = await callerFor(handle, "manager@demo.test");
    await expect(caller.plans.get({ clientId: ids.other.clientId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await eventsFor(ids.other.clientId)).toEqual([
      { action: "plans.get", outcome: "not-found", organisationId: ids.own.organisationId },
    ]);
  });
});
