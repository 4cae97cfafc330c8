import { auditEvents, eq, organisations, sql } from "@gesim/db";
import { createTestDb, type TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit, recordAuditEvents, verifyAuditChains } from "./record-audit.ts";

let handle: TestDb;
let orgId = "";
const now = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  handle = await createTestDb();
  const [org] = await handle.db.insert(organisations).values({ name: "Audit NGO" }).returning();
  orgId = org?.id ?? "";
  for (let i = 0; i < 5; i += 1) {
    await recordAudit(handle.db, { organisationId: orgId, actorUserId: null, action: "client.read", entityType: "client", entityId: `c-${i}` }, now);
  }
  await recordAudit(handle.db, { organisationId: null, actorUserId: null, action: "auth.login", outcome: "failed" }, now);
});
afterAll(() => handle.close());

describe("audit hash chain", () => {
  it("verifies an untouched chain per organisation and a system chain", async () => {
    const results = await verifyAuditChains(handle.db);
    expect(results.map((r) => [r.chain === orgId ? "org" : r.chain, r.events, r.ok]).sort()).toEqual([
      ["org", 5, true],
      ["system", 1, true],
    ]);
  });

  it("keeps the chain whole under concurrent appends", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => recordAudit(handle.db, { organisationId: orgId, actorUserId: null, action: "plan.update", entityId: `p-${i}` }, now)),
    );
    const org = (await verifyAuditChains(handle.db)).find((r) => r.chain === orgId);
    expect(org).toMatchObject({ events: 25, ok: true });
  });

  it.each([
    ["a changed event", sql`update audit_events set entity_id = 'c-x' where entity_id = 'c-2'`],
    ["a removed event", sql`delete from audit_events where entity_id = 'c-3'`],
  ])("detects %s", async (_case, tamper) => {
    const copy = await createTestDb();
    try {
      const [org] = await copy.db.insert(organisations).values({ name: "Copy" }).returning();
      for (let i = 0; i < 5; i += 1) {
        await recordAudit(copy.db, { organisationId: org?.id ?? "", actorUserId: null, action: "client.read", entityId: `c-${i}` }, now);
      }
      await copy.db.execute(tamper);
      const [result] = await verifyAuditChains(copy.db);
      expect(result?.ok).toBe(false);
      expect(result?.brokenAtEventId).not.toBeNull();
    } finally {
      await copy.close();
    }
  });

  it("never stores personal data fields, only ids and action names", async () => {
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.organisationId, orgId)).limit(1);
    expect(Object.keys(event ?? {}).sort()).toEqual(
      ["action", "actorUserId", "chain", "createdAt", "entityId", "entityType", "hash", "id", "organisationId", "outcome", "prevHash"].sort(),
    );
  });
});

describe("batched events and one chain", () => {
  it("appends several events in chain order and verifies one chain alone", async () => {
    await recordAuditEvents(
      handle.db,
      ["n-1", "n-2", "n-3"].map((entityId) => ({ organisationId: orgId, actorUserId: null, action: "note.read", entityType: "note" as const, entityId })),
      now,
    );
    const results = await verifyAuditChains(handle.db, { chain: orgId });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ chain: orgId, ok: true });
    const reads = await handle.db.select({ entityId: auditEvents.entityId }).from(auditEvents).where(eq(auditEvents.action, "note.read")).orderBy(auditEvents.id);
    expect(reads.map((r) => r.entityId)).toEqual(["n-1", "n-2", "n-3"]);
  });

  it("refuses events of two chains in one call", async () => {
    await expect(
      recordAuditEvents(handle.db, [{ organisationId: orgId, actorUserId: null, action: "a" }, { organisationId: null, actorUserId: null, action: "b" }], now),
    ).rejects.toThrow();
  });
});
