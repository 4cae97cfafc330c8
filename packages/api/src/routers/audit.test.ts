import { and, auditEvents, eq, serviceProviders, sql } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealPendingAuditEvents } from "../audit/record-audit.ts";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { callerFor, createSeededDb } from "../testing/test-support.ts";
import { codeOf } from "../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

describe("audit.clientLog", () => {
  it("shows a manager reads, writes and denials about one client with actor names", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await caseworker.notes.list({ clientId: ids.own.clientId });
    await caseworker.notes.create({ clientId: ids.own.clientId, body: "Fictional note for the log." });
    const [provider] = await handle.db
      .insert(serviceProviders)
      .values({ organisationId: ids.own.organisationId, name: "No Consent Service (demo)", domains: ["legal"] })
      .returning({ id: serviceProviders.id });
    expect(
      await codeOf(caseworker.referrals.create({ clientId: ids.own.clientId, providerId: provider?.id ?? "" })),
    ).toBe("PRECONDITION_FAILED");

    const log = await (await callerFor(handle, "manager@demo.test")).audit.clientLog({
      clientId: ids.own.clientId,
      limit: 200,
    });
    const actions = new Set(log.items.map((e) => e.action));
    expect(actions).toContain("note.read");
    expect(actions).toContain("note.create");
    expect(log.items.find((e) => e.action === "referrals.create")).toMatchObject({
      outcome: "denied",
      actorName: "Demo Caseworker",
    });
    expect(JSON.stringify(log)).not.toContain("Fictional note");
    const ids_ = log.items.map((e) => e.id);
    expect([...ids_].sort((a, b) => b - a)).toEqual(ids_);
  });

  it("pages through the log newest first, without repeats", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await manager.audit.clientLog({
        clientId: ids.own.clientId,
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(3);
  });

  it("is for managers only, of their own organisation; bad cursors are bad input", async () => {
    for (const email of ["caseworker@demo.test", "funder@demo.test", "admin@demo.test"]) {
      expect(await codeOf((await callerFor(handle, email)).audit.clientLog({ clientId: ids.own.clientId }))).toBe(
        "FORBIDDEN",
      );
    }
    const manager = await callerFor(handle, "manager@demo.test");
    expect(await codeOf(manager.audit.clientLog({ clientId: ids.other.clientId }))).toBe("NOT_FOUND");
    expect(await codeOf(manager.audit.clientLog({ clientId: ids.own.clientId, cursor: "WzBd" }))).toBe("BAD_REQUEST");
  });

  it("filters by member of staff and by part of her record (issue 17's readable audit view)", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await caseworker.notes.list({ clientId: ids.own.clientId });
    const manager = await callerFor(handle, "manager@demo.test");
    await manager.identity.status({ clientId: ids.own.clientId });
    const byCaseworker = await manager.audit.clientLog({
      clientId: ids.own.clientId,
      limit: 200,
      actorUserId: ids.own.caseworkerUserId,
    });
    expect(byCaseworker.items.length).toBeGreaterThan(0);
    expect(byCaseworker.items.every((e) => e.actorUserId === ids.own.caseworkerUserId)).toBe(true);
    const identity = await manager.audit.clientLog({ clientId: ids.own.clientId, limit: 200, area: "identity" });
    expect(identity.items.map((e) => e.action)).toContain("identity.status");
    expect(identity.items.every((e) => e.entityType === "identity")).toBe(true);
    // @ts-expect-error an area that is not one of hers
    expect(await codeOf(manager.audit.clientLog({ clientId: ids.own.clientId, area: "session" }))).toBe("BAD_REQUEST");
    // Another organisation's client stays NOT_FOUND whatever the filter.
    expect(await codeOf(manager.audit.clientLog({ clientId: ids.other.clientId, area: "note" }))).toBe("NOT_FOUND");
  });
});

describe("audit.verify", () => {
  it("verifies the caller's own chain for managers and admins, and counts what waits for the sealer", async () => {
    await sealPendingAuditEvents(handle.db);
    for (const email of ["manager@demo.test", "admin@demo.test"]) {
      const result = await (await callerFor(handle, email)).audit.verify();
      expect(result.ok).toBe(true);
      expect(result.events).toBeGreaterThan(0);
    }
    // The first call's own event (and its session's) are pending until the sealer runs; these callers have none.
    expect((await (await callerFor(handle, "manager@demo.test")).audit.verify()).pending).toBeGreaterThan(0);
    for (const email of ["caseworker@demo.test", "funder@demo.test"]) {
      expect(await codeOf((await callerFor(handle, email)).audit.verify())).toBe("FORBIDDEN");
    }
  });

  it("reports its own chain broken, and only its own", async () => {
    await (await callerFor(handle, "caseworker2@demo.test")).notes.list({ clientId: ids.other.clientId });
    await sealPendingAuditEvents(handle.db);
    const [victim] = await handle.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, ids.other.organisationId), eq(auditEvents.action, "note.read")))
      .limit(1);
    await handle.db.execute(sql`update audit_events set action = 'tampered' where id = ${victim?.id ?? 0}`);
    expect((await (await callerFor(handle, "manager@demo.test")).audit.verify()).ok).toBe(true);

    const [own] = await handle.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.organisationId, ids.own.organisationId))
      .orderBy(auditEvents.id)
      .limit(1);
    await handle.db.execute(sql`update audit_events set entity_id = 'tampered' where id = ${own?.id ?? 0}`);
    const broken = await (await callerFor(handle, "admin@demo.test")).audit.verify();
    expect(broken).toMatchObject({ ok: false, brokenAtEventId: own?.id });
  });
});
