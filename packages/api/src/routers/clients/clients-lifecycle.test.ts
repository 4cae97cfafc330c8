import type { ClientFacts } from "@gesim/core";
import { auditEvents, clients, closures, eq, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { callerFor, createSeededDb, TODAY } from "../../testing/test-support.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  // The closing tests below are her caseworker's: this organisation lets caseworkers close.
  await (await callerFor(handle, "manager@demo.test")).clients.closureSetting.set({ closureNeedsManager: false });
});
afterAll(() => handle.close());

const FACTS: ClientFacts = {
  firstContactDate: "2026-10-01",
  childrenCount: 0,
  isPregnant: false,
  languages: ["ro"],
  needsInterpreter: true,
  identificationStatus: "not-assessed",
  cooperationWithAuthorities: "not-asked",
  isInTrainingOrWork: false,
};

async function newClient(email = "caseworker@demo.test") {
  return (await callerFor(handle, email)).clients.create({ ...FACTS, isAdult: true });
}

async function actions(entityId: string) {
  const rows = await handle.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId));
  return rows.map((row) => row.action);
}

describe("clients.close and clients.reopen", () => {
  it("closes with reasons and a date, clears the next review, and reopens", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const created = await newClient();
    const closed = await caller.clients.close({
      clientId: created.id,
      version: 1,
      reasons: ["goals-met", "her-choice"],
      closedOn: "2026-11-20",
    });
    expect(closed).toMatchObject({ status: "closed", closedOn: "2026-11-20", version: 2 });
    const [row] = await handle.db.select().from(clients).where(eq(clients.id, created.id));
    expect(row).toMatchObject({ status: "closed", nextReviewDate: null });
    const [closure] = await handle.db.select().from(closures).where(eq(closures.clientId, created.id));
    expect(closure).toMatchObject({ closedOn: "2026-11-20", reasons: ["goals-met", "her-choice"], reopenedOn: null });
    await expect(caller.clients.close({ clientId: created.id, version: 2, reasons: ["other"] })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await expect(
      caller.clients.update({ ...FACTS, clientId: created.id, version: 2, status: "active" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });

    const reopened = await caller.clients.reopen({ clientId: created.id, version: 2 });
    expect(reopened).toMatchObject({ status: "active", version: 3 });
    const [after] = await handle.db.select().from(closures).where(eq(closures.clientId, created.id));
    expect(after?.reopenedOn).toBe(TODAY);
    await expect(caller.clients.reopen({ clientId: created.id, version: 3 })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "clients.error.notClosed",
    });
    expect(await actions(created.id)).toEqual(expect.arrayContaining(["client.close", "client.reopen"]));
  });

  it("closes on the same day again after a reopening, defaulting to today", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const created = await newClient();
    await caller.clients.close({ clientId: created.id, version: 1, reasons: ["lost-contact"] });
    await caller.clients.reopen({ clientId: created.id, version: 2 });
    await expect(
      caller.clients.close({ clientId: created.id, version: 3, reasons: ["relocated"] }),
    ).resolves.toMatchObject({ closedOn: TODAY });
    const rows = await handle.db.select().from(closures).where(eq(closures.clientId, created.id));
    expect(rows).toEqual([expect.objectContaining({ reasons: ["relocated"], reopenedOn: null })]);
  });

  it("refuses a stale version, an unknown reason, a colleague's or another organisation's client", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const created = await newClient();
    await expect(caller.clients.close({ clientId: created.id, version: 7, reasons: ["other"] })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(caller.clients.close({ clientId: created.id, version: 1, reasons: [] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.clients.close({ clientId: created.id, version: 1, reasons: ["bored"] as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.clients.close({ clientId: ids.colleague.clientId, version: 1, reasons: ["other"] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      caller.clients.close({ clientId: ids.other.clientId, version: 1, reasons: ["other"] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      (await callerFor(handle, "funder@demo.test")).clients.reopen({ clientId: created.id, version: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("clients.share and clients.unshare", () => {
  it("lets her own caseworker share her with a colleague, who then sees her, until unshared", async () => {
    const owner = await callerFor(handle, "caseworker@demo.test");
    const colleague = await callerFor(handle, "caseworker-b@demo.test");
    const created = await newClient();
    await expect(colleague.clients.get({ clientId: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await owner.clients.share({ clientId: created.id, userId: ids.colleague.caseworkerUserId });
    expect((await colleague.clients.get({ clientId: created.id })).id).toBe(created.id);
    expect((await owner.clients.get({ clientId: created.id })).sharedWith).toEqual([
      { userId: ids.colleague.caseworkerUserId, displayName: "Demo Caseworker B" },
    ]);
    const listed = await colleague.clients.list({ search: created.pseudonym });
    expect(listed.items.map((item) => item.id)).toContain(created.id);
    // A colleague she is shared with does not decide on sharing.
    await expect(
      colleague.clients.unshare({ clientId: created.id, userId: ids.colleague.caseworkerUserId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      owner.clients.unshare({ clientId: created.id, userId: ids.colleague.caseworkerUserId }),
    ).resolves.toEqual({ removed: true });
    await expect(colleague.clients.get({ clientId: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const events = await handle.db
      .select({ action: auditEvents.action, entityType: auditEvents.entityType })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, ids.colleague.caseworkerUserId));
    expect(events).toEqual(
      expect.arrayContaining([
        { action: "client.share", entityType: "user" },
        { action: "client.unshare", entityType: "user" },
      ]),
    );
  });

  it("does not let a caseworker share a client that is not hers", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await expect(
      caseworker.clients.share({ clientId: ids.colleague.clientId, userId: ids.own.caseworkerUserId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      caseworker.clients.share({ clientId: ids.other.clientId, userId: ids.own.caseworkerUserId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shares only with a caseworker of the same organisation", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const created = await newClient();
    await expect(
      manager.clients.share({ clientId: created.id, userId: ids.other.caseworkerUserId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [funder] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "funder@demo.test"));
    await expect(manager.clients.share({ clientId: created.id, userId: funder?.id ?? "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "clients.error.notACaseworker",
    });
    await expect(
      manager.clients.share({ clientId: created.id, userId: ids.own.caseworkerUserId }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "clients.error.alreadyHerCaseworker" });
    await expect(
      manager.clients.share({ clientId: created.id, userId: ids.colleague.caseworkerUserId }),
    ).resolves.toEqual({ ok: true });
    await expect(manager.clients.share({ clientId: created.id, userId: "not-a-uuid" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("clients.assign and the caseworker filter", () => {
  it("lets a manager make another caseworker responsible, with the current version", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const created = await newClient();
    await manager.clients.share({ clientId: created.id, userId: ids.colleague.caseworkerUserId });
    const assigned = await manager.clients.assign({
      clientId: created.id,
      caseworkerId: ids.colleague.caseworkerUserId,
      version: 1,
    });
    expect(assigned).toMatchObject({ caseworkerId: ids.colleague.caseworkerUserId, version: 2 });
    expect((await manager.clients.get({ clientId: created.id })).sharedWith).toEqual([]);
    await expect(
      manager.clients.assign({ clientId: created.id, caseworkerId: ids.own.caseworkerUserId, version: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      manager.clients.assign({ clientId: created.id, caseworkerId: ids.other.caseworkerUserId, version: 2 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const filtered = await manager.clients.list({ caseworkerId: ids.colleague.caseworkerUserId, limit: 100 });
    expect(filtered.items.every((item) => item.caseworkerId === ids.colleague.caseworkerUserId)).toBe(true);
    expect(filtered.items.map((item) => item.id)).toContain(created.id);
    expect(await actions(created.id)).toContain("client.assign");
  });

  it("is for managers only", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await expect(
      caseworker.clients.assign({
        clientId: ids.own.clientId,
        caseworkerId: ids.colleague.caseworkerUserId,
        version: 1,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("clients.setStatus", () => {
  it("moves a new woman from intake to active to paused and back to active, audited", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const created = await newClient();
    expect((await caller.clients.get({ clientId: created.id })).status).toBe("intake");
    expect(await caller.clients.setStatus({ clientId: created.id, version: 1, status: "active" })).toMatchObject({
      status: "active",
      version: 2,
    });
    await caller.clients.setStatus({ clientId: created.id, version: 2, status: "paused" });
    await caller.clients.setStatus({ clientId: created.id, version: 3, status: "active" });
    const [row] = await handle.db.select().from(clients).where(eq(clients.id, created.id));
    expect(row).toMatchObject({ status: "active", version: 4 });
    expect((await actions(created.id)).filter((a) => a === "client.status")).toHaveLength(3);
  });

  it("refuses what core's transitions do not allow, a stale version, and callers who may not", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const created = await newClient();
    await caller.clients.setStatus({ clientId: created.id, version: 1, status: "active" });
    await expect(
      caller.clients.setStatus({ clientId: created.id, version: 2, status: "intake" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: "clients.error.statusNotAllowed" });
    await expect(
      caller.clients.setStatus({ clientId: created.id, version: 2, status: "active" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(
      caller.clients.setStatus({ clientId: created.id, version: 1, status: "paused" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      caller.clients.setStatus({ clientId: created.id, version: 2, status: "closed" as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await caller.clients.close({ clientId: created.id, version: 2, reasons: ["her-choice"] });
    await expect(
      caller.clients.setStatus({ clientId: created.id, version: 3, status: "paused" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: "clients.error.statusNotAllowed" });
    await expect(
      caller.clients.setStatus({ clientId: ids.colleague.clientId, version: 1, status: "paused" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      caller.clients.setStatus({ clientId: ids.other.clientId, version: 1, status: "paused" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const email of ["funder@demo.test", "admin@demo.test"]) {
      await expect(
        (await callerFor(handle, email)).clients.setStatus({ clientId: created.id, version: 3, status: "active" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      caller.clients.update({ ...FACTS, clientId: created.id, version: 3, status: "intake" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });
});

describe("closing needs a manager's confirmation (organisation setting)", () => {
  it("is on by default; then her caseworker is refused and a manager closes", async () => {
    const fresh = await createSeededDb();
    try {
      const caseworker = await callerFor(fresh, "caseworker@demo.test");
      expect(await caseworker.clients.closureSetting.get()).toEqual({ closureNeedsManager: true });
      const created = await caseworker.clients.create({ ...FACTS, isAdult: true });
      await expect(
        caseworker.clients.close({ clientId: created.id, version: 1, reasons: ["her-choice"] }),
      ).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: "clients.error.closureNeedsManager" });
      const [row] = await fresh.db.select().from(clients).where(eq(clients.id, created.id));
      expect(row?.status).toBe("intake");
      const manager = await callerFor(fresh, "manager@demo.test");
      await expect(
        manager.clients.close({ clientId: created.id, version: 1, reasons: ["her-choice"] }),
      ).resolves.toMatchObject({ status: "closed" });
      await expect(caseworker.clients.closureSetting.set({ closureNeedsManager: false })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect((await callerFor(fresh, "funder@demo.test")).clients.closureSetting.get()).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      // Another organisation's setting is its own: switching it off here leaves Second NGO's on.
      await manager.clients.closureSetting.set({ closureNeedsManager: false });
      expect(await (await callerFor(fresh, "caseworker2@demo.test")).clients.closureSetting.get()).toEqual({
        closureNeedsManager: true,
      });
      const other = await caseworker.clients.create({ ...FACTS, isAdult: true });
      await expect(
        caseworker.clients.close({ clientId: other.id, version: 1, reasons: ["relocated"] }),
      ).resolves.toMatchObject({ status: "closed" });
    } finally {
      await fresh.close();
    }
  });
});
