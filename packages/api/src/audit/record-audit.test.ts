import { auditEvents, eq, organisations, sql, withTenant } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigratedDb } from "../testing/test-support.ts";
import {
  AuditSealingError,
  recordAudit,
  recordAuditEvents,
  SEAL_BATCH,
  sealPendingAuditEvents,
  verifyAuditChains,
} from "./record-audit.ts";

let handle: TestDb;
let orgId = "";
const now = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  handle = await createMigratedDb();
  const [org] = await handle.db.insert(organisations).values({ name: "Audit NGO" }).returning();
  orgId = org?.id ?? "";
  for (let i = 0; i < 5; i += 1) {
    await recordAudit(
      handle.db,
      { organisationId: orgId, actorUserId: null, action: "client.read", entityType: "client", entityId: `c-${i}` },
      now,
    );
  }
  await recordAudit(
    handle.db,
    { organisationId: null, actorUserId: null, action: "auth.login", outcome: "failed" },
    now,
  );
  await sealPendingAuditEvents(handle.db);
});
afterAll(() => handle.close());

describe("audit hash chain", () => {
  it("verifies an untouched chain per organisation and a system chain", async () => {
    const results = await verifyAuditChains(handle.db);
    expect(results.map((r) => [r.chain === orgId ? "org" : r.chain, r.events, r.pending, r.ok]).sort()).toEqual([
      ["org", 5, 0, true],
      ["system", 1, 0, true],
    ]);
  });

  it("keeps the chain whole under concurrent appends and sealing", async () => {
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) =>
        recordAudit(
          handle.db,
          { organisationId: orgId, actorUserId: null, action: "plan.update", entityId: `p-${i}` },
          now,
        ),
      ),
      sealPendingAuditEvents(handle.db),
      sealPendingAuditEvents(handle.db),
    ]);
    await sealPendingAuditEvents(handle.db);
    const org = (await verifyAuditChains(handle.db)).find((r) => r.chain === orgId);
    expect(org).toMatchObject({ events: 25, pending: 0, ok: true });
  });

  const scoped = (chain: string, change: string, entityId: string) =>
    sql`${sql.raw(change)} where chain = ${chain} and entity_id = ${entityId}`;
  it.each([
    ["a changed event", (chain: string) => scoped(chain, "update audit_events set entity_id = 'c-x'", "c-2")],
    ["a removed event", (chain: string) => scoped(chain, "delete from audit_events", "c-3")],
    ["a removed last event", (chain: string) => scoped(chain, "delete from audit_events", "c-4")],
    ["an event moved in the chain", (chain: string) => scoped(chain, "update audit_events set seq = 9", "c-1")],
    [
      "an event made pending again",
      (chain: string) => scoped(chain, "update audit_events set seq = null, prev_hash = null, hash = null", "c-2"),
    ],
    ["a half-sealed event", (chain: string) => scoped(chain, "update audit_events set seq = null", "c-4")],
  ])("detects %s", async (name, tamper) => {
    const [org] = await handle.db
      .insert(organisations)
      .values({ name: `Tampered: ${name}` })
      .returning();
    const chain = org?.id ?? "";
    for (let i = 0; i < 5; i += 1) {
      await recordAudit(
        handle.db,
        { organisationId: chain, actorUserId: null, action: "client.read", entityId: `c-${i}` },
        now,
      );
    }
    await sealPendingAuditEvents(handle.db);
    expect((await verifyAuditChains(handle.db, { chain }))[0]?.ok).toBe(true);
    await handle.db.execute(tamper(chain));
    // The sealer chaining what looks pending must not hide the tampering either.
    await sealPendingAuditEvents(handle.db);
    const [result] = await verifyAuditChains(handle.db, { chain });
    expect(result?.ok).toBe(false);
    expect(result?.brokenAtEventId).not.toBeNull();
  });

  it("never stores personal data fields, only ids and action names", async () => {
    const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.organisationId, orgId)).limit(1);
    expect(Object.keys(event ?? {}).sort()).toEqual(
      [
        "action",
        "actorUserId",
        "chain",
        "createdAt",
        "entityId",
        "entityType",
        "hash",
        "id",
        "organisationId",
        "outcome",
        "prevHash",
        "seq",
      ].sort(),
    );
  });
});

describe("batched events and one chain", () => {
  it("appends several events in chain order and verifies one chain alone", async () => {
    await recordAuditEvents(
      handle.db,
      ["n-1", "n-2", "n-3"].map((entityId) => ({
        organisationId: orgId,
        actorUserId: null,
        action: "note.read",
        entityType: "note" as const,
        entityId,
      })),
      now,
    );
    await sealPendingAuditEvents(handle.db);
    const results = await verifyAuditChains(handle.db, { chain: orgId });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ chain: orgId, ok: true });
    const reads = await handle.db
      .select({ entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(eq(auditEvents.action, "note.read"))
      .orderBy(auditEvents.id);
    expect(reads.map((r) => r.entityId)).toEqual(["n-1", "n-2", "n-3"]);
  });

  it("refuses events of two chains in one call", async () => {
    await expect(
      recordAuditEvents(
        handle.db,
        [
          { organisationId: orgId, actorUserId: null, action: "a" },
          { organisationId: null, actorUserId: null, action: "b" },
        ],
        now,
      ),
    ).rejects.toThrow();
  });
});

describe("sealing after commit", () => {
  let db: TestDb;
  let chain = "";
  const record = (entityId: string) =>
    recordAudit(
      db.db,
      { organisationId: chain, actorUserId: null, action: "client.read", entityType: "client", entityId },
      now,
    );
  const rowsOf = () => db.db.select().from(auditEvents).where(eq(auditEvents.chain, chain)).orderBy(auditEvents.id);

  beforeAll(async () => {
    db = await createMigratedDb();
    const [org] = await db.db.insert(organisations).values({ name: "Sealing NGO" }).returning();
    chain = org?.id ?? "";
  });
  afterAll(() => db.close());

  it("records events pending, without a head or a lock, and verifies them as pending", async () => {
    await record("a");
    await record("b");
    expect((await rowsOf()).map((r) => [r.seq, r.prevHash, r.hash])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(await verifyAuditChains(db.db, { chain })).toEqual([
      { chain, events: 0, pending: 2, ok: true, brokenAtEventId: null },
    ]);
  });

  it("seals committed events in order, continuing the chain across batches", async () => {
    expect(await sealPendingAuditEvents(db.db)).toBe(2);
    await record("c");
    expect(await sealPendingAuditEvents(db.db)).toBe(1);
    expect(await sealPendingAuditEvents(db.db)).toBe(0);
    const rows = await rowsOf();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
    expect(rows[2]?.prevHash).toBe(rows[1]?.hash);
    expect(await verifyAuditChains(db.db, { chain })).toEqual([
      { chain, events: 3, pending: 0, ok: true, brokenAtEventId: null },
    ]);
  });

  it("places an event that commits after a higher id by when it is sealed, not by its id", async () => {
    const [lowest] = await rowsOf();
    // A transaction that took its id first but committed last: its id is below sealed ones.
    // (As request code does: only the application role may add pending events, migration 0012.)
    await withTenant(db.db, chain, (tx) =>
      tx.insert(auditEvents).values({
        id: (lowest?.id ?? 1) - 1,
        chain,
        organisationId: chain,
        actorUserId: null,
        action: "late.commit",
        outcome: "ok",
        createdAt: now,
      }),
    );
    expect(await sealPendingAuditEvents(db.db)).toBe(1);
    const late = (await rowsOf()).find((r) => r.action === "late.commit");
    expect(late?.seq).toBe(4);
    expect((await verifyAuditChains(db.db, { chain }))[0]).toMatchObject({ events: 4, ok: true });
  });

  it("seals more than one batch", async () => {
    await recordAuditEvents(
      db.db,
      Array.from({ length: SEAL_BATCH + 5 }, (_, i) => ({
        organisationId: chain,
        actorUserId: null,
        action: "note.read",
        entityType: "note" as const,
        entityId: `n-${i}`,
      })),
      now,
    );
    expect(await sealPendingAuditEvents(db.db)).toBe(SEAL_BATCH + 5);
    expect((await verifyAuditChains(db.db, { chain }))[0]).toMatchObject({
      events: SEAL_BATCH + 9,
      pending: 0,
      ok: true,
    });
  });

  it("goes on with the other chains when one cannot be sealed, and names it", async () => {
    const [other] = await db.db.insert(organisations).values({ name: "Other NGO" }).returning();
    const otherChain = other?.id ?? "";
    // Someone deleted this chain's head: its next seal restarts at seq 1, which is taken.
    await db.db.execute(sql`delete from audit_chain_heads where chain = ${chain}`);
    await record("after-head-deleted");
    await recordAudit(db.db, { organisationId: otherChain, actorUserId: null, action: "client.read" }, now);
    const error = await sealPendingAuditEvents(db.db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditSealingError);
    expect((error as AuditSealingError).chains).toEqual([chain]);
    expect((await verifyAuditChains(db.db, { chain: otherChain }))[0]).toMatchObject({
      events: 1,
      pending: 0,
      ok: true,
    });
    expect((await verifyAuditChains(db.db, { chain }))[0]?.ok).toBe(false);
  });

  it("lets request code (gesim_app) add events but never change, delete or chain them", async () => {
    const attempts = [
      sql`update audit_events set action = 'edited' where chain = ${chain}`,
      sql`delete from audit_events where chain = ${chain}`,
      sql`update audit_chain_heads set last_seq = 0 where chain = ${chain}`,
    ];
    for (const attempt of attempts) {
      await expect(withTenant(db.db, chain, (tx) => tx.execute(attempt))).rejects.toThrow();
    }
    await withTenant(db.db, chain, (tx) =>
      recordAudit(tx, { organisationId: chain, actorUserId: null, action: "client.read" }, now),
    );
  });

  it("leaves nothing of a rolled-back request: its events go with it", async () => {
    const before = (await rowsOf()).length;
    await expect(
      db.db.transaction(async (tx) => {
        await recordAudit(tx, { organisationId: chain, actorUserId: null, action: "client.read" }, now);
        throw new Error("the request failed");
      }),
    ).rejects.toThrow("the request failed");
    expect((await rowsOf()).length).toBe(before);
  });
});
