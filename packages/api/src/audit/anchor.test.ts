import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { auditChainHeads, auditEvents, clients, eq, sql } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBackupContent, restoreBackup } from "../operations/backup.ts";
import { afterRestore } from "../operations/erasure-register.ts";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { callerFor, createMigratedDb, createSeededDb, NOW } from "../testing/test-support.ts";
import {
  type AuditAnchor,
  auditAnchorFrom,
  createAnchorWriter,
  markRestore,
  readAnchor,
  verifyCheckpoints,
} from "./anchor.ts";
import { createAuditSealer } from "./audit-sealer.ts";
import { recordAudit, sealPendingAuditEvents, verifyAuditChains } from "./record-audit.ts";

// Issue 15, items 3 and 5: audit chain heads anchored outside the database, and an erasure
// register that outlives the backups it postdates.

const KEY = Buffer.alloc(32, 7).toString("base64");
let handle: TestDb;
let ids: MatrixFixture;
let dir: string;

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  dir = mkdtempSync(join(tmpdir(), "gesim-anchor-"));
});
afterAll(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

let files = 0;
const anchorFile = (key: string | null = KEY): AuditAnchor =>
  auditAnchorFrom({ key: key ?? undefined, file: join(dir, `anchor-${++files}.jsonl`) });

/** Some audited requests through the API. */
async function someRequests(now = NOW) {
  const manager = await callerFor(handle, "manager@demo.test", now);
  await manager.clients.get({ clientId: ids.own.clientId });
  await manager.clients.get({ clientId: ids.colleague.clientId });
}

describe("unsequenced audit events are refused by the database", () => {
  it("the tables' owner cannot insert an event with no seq and an old date; request code still can", async () => {
    const forged = {
      chain: ids.own.organisationId,
      organisationId: ids.own.organisationId,
      actorUserId: null,
      action: "client.read",
      outcome: "ok",
      createdAt: new Date("2025-01-01T00:00:00Z"),
    };
    await expect(handle.db.insert(auditEvents).values(forged)).rejects.toThrow();
    // Nor as a sealed row outside a restore.
    await expect(
      handle.db.insert(auditEvents).values({ ...forged, seq: 999_999, prevHash: "0".repeat(64), hash: "f".repeat(64) }),
    ).rejects.toThrow();
    expect(
      await handle.db
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(eq(auditEvents.createdAt, forged.createdAt)),
    ).toEqual([]);
    // recordAudit as the owner (sign-in, refusals, scripts) goes through the application role.
    await recordAudit(
      handle.db,
      { organisationId: null, actorUserId: null, action: "auth.login", outcome: "failed" },
      NOW,
    );
    await recordAudit(handle.db, { organisationId: ids.own.organisationId, actorUserId: null, action: "x.owner" }, NOW);
    // …and the connection is the owner again afterwards (the role is put back).
    await expect(handle.db.insert(auditEvents).values(forged)).rejects.toThrow();
    expect(await sealPendingAuditEvents(handle.db)).toBeGreaterThanOrEqual(2);
  });
});

describe("checkpoints outside the database", () => {
  it("every sealing run writes signed checkpoints, and verify passes while the chain reaches them", async () => {
    const anchor = anchorFile();
    const sealer = createAuditSealer(handle.db, { sweepMs: 0, anchor });
    await someRequests();
    sealer.request();
    await sealer.idle();
    await sealer.stop();
    const { entries, rejected } = readAnchor(anchor);
    expect(rejected).toBe(0);
    const own = entries.filter((e) => e.kind === "checkpoint" && e.chain === ids.own.organisationId);
    expect(own.length).toBeGreaterThan(0);
    const [head] = await handle.db
      .select()
      .from(auditChainHeads)
      .where(eq(auditChainHeads.chain, ids.own.organisationId));
    expect(own.at(-1)).toMatchObject({ seq: head?.lastSeq, hash: head?.lastHash });
    expect(await verifyCheckpoints(handle.db, anchor)).toMatchObject({ anchored: true, broken: [], rejected: 0 });
  });

  it("deleting the newest event and rewinding the head passes the chain check but not the checkpoints", async () => {
    const anchor = anchorFile();
    const write = createAnchorWriter(anchor);
    await someRequests();
    await sealPendingAuditEvents(handle.db);
    await write(handle.db, NOW);
    const chain = ids.own.organisationId;
    // The attack, as the tables' owner: cut the tail and rewind the head to the event before.
    const [newest] = await handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.chain, chain))
      .orderBy(sql`${auditEvents.seq} desc nulls last`)
      .limit(1);
    if (!newest?.seq || !newest.prevHash) throw new Error("no sealed event");
    const [previous] = await handle.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.chain} = ${chain} and ${auditEvents.seq} = ${newest.seq - 1}`);
    await handle.db.delete(auditEvents).where(eq(auditEvents.id, newest.id));
    await handle.db
      .update(auditChainHeads)
      .set({ lastHash: newest.prevHash, lastSeq: newest.seq - 1, lastEventId: previous?.id ?? 0 })
      .where(eq(auditChainHeads.chain, chain));
    // Inside the database the chain looks whole (this is what the issue found)…
    expect((await verifyAuditChains(handle.db, { chain }))[0]?.ok).toBe(true);
    // …the checkpoint outside it says it is not.
    const result = await verifyCheckpoints(handle.db, anchor);
    expect(result.broken).toEqual([{ chain, seq: newest.seq }]);
    // Put the tail back (as a restore would) so later tests start from a whole chain.
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('gesim.audit_restore', 'on', true)`);
      await tx.insert(auditEvents).values(newest);
      await tx
        .update(auditChainHeads)
        .set({ lastHash: newest.hash ?? "", lastSeq: newest.seq ?? 0, lastEventId: newest.id })
        .where(eq(auditChainHeads.chain, chain));
    });
    expect((await verifyCheckpoints(handle.db, anchor)).broken).toEqual([]);
  });

  it("writes a chain's checkpoint at most once a minute unless forced, erasures at once", async () => {
    const anchor = anchorFile();
    const write = createAnchorWriter(anchor);
    const checkpoints = () =>
      readAnchor(anchor).entries.filter((e) => e.kind === "checkpoint" && e.chain === ids.own.organisationId).length;
    await someRequests();
    await sealPendingAuditEvents(handle.db);
    await write(handle.db, NOW);
    expect(checkpoints()).toBe(1);
    await someRequests();
    await sealPendingAuditEvents(handle.db);
    await write(handle.db, new Date(NOW.getTime() + 1000));
    expect(checkpoints()).toBe(1);
    await write(handle.db, new Date(NOW.getTime() + 2000), true);
    expect(checkpoints()).toBe(2);
    await someRequests();
    await sealPendingAuditEvents(handle.db);
    await write(handle.db, new Date(NOW.getTime() + 62_000));
    expect(checkpoints()).toBe(3);
  });

  it("a line changed without the key is rejected and reported", async () => {
    const anchor = anchorFile();
    await someRequests();
    await sealPendingAuditEvents(handle.db);
    await createAnchorWriter(anchor)(handle.db, NOW);
    const lines = readFileSync(anchor.path, "utf8").trim().split("\n");
    const forged = JSON.parse(lines[0] ?? "{}") as { hash: string };
    forged.hash = "0".repeat(64);
    writeFileSync(anchor.path, `${[JSON.stringify(forged), ...lines.slice(1)].join("\n")}\n`);
    expect((await verifyCheckpoints(handle.db, anchor)).rejected).toBe(1);
    // A different key accepts nothing.
    expect(readAnchor({ ...anchor, key: Buffer.alloc(32, 9) }).entries).toEqual([]);
  });

  it("without a key nothing is anchored, and verify says so", async () => {
    const anchor = anchorFile(null);
    await createAnchorWriter(anchor)(handle.db, NOW);
    expect(readAnchor(anchor).entries.filter((e) => e.kind === "checkpoint")).toEqual([]);
    expect(await verifyCheckpoints(handle.db, anchor)).toMatchObject({ anchored: false });
    expect(() => auditAnchorFrom({ key: "c2hvcnQ=" })).toThrow(/32 bytes/);
  });
});

describe("the erasure register outlives the backups it postdates", () => {
  it("back up, erase her, restore: she stays erased, and restore says how many it re-applied", async () => {
    const anchor = anchorFile();
    const write = createAnchorWriter(anchor);
    const clientId = ids.colleague.clientId;
    const manager = await callerFor(handle, "manager@demo.test");
    const { version } = await manager.clients.close({
      clientId,
      version: (await manager.clients.get({ clientId })).version,
      reasons: ["her-choice"],
    });
    const backup = await readBackupContent(handle.db, "all", NOW);
    await write(handle.db, NOW);
    await manager.clients.erase({ clientId, version, reason: "her-request" });
    await sealPendingAuditEvents(handle.db);
    await write(handle.db, NOW);
    const erasures = readAnchor(anchor).entries.filter((e) => e.kind === "erasure");
    expect(erasures).toEqual([
      expect.objectContaining({ organisationId: ids.own.organisationId, clientId, part: "all" }),
    ]);
    // No personal data in the register: ids, a part, a position and a time only.
    expect(Object.keys(erasures[0] ?? {}).sort()).toEqual(["at", "clientId", "kind", "organisationId", "part", "seq"]);

    const target = await createMigratedDb();
    try {
      await restoreBackup(target.db, backup);
      const [restored] = await target.db.select().from(clients).where(eq(clients.id, clientId));
      expect(restored?.erasedAt).toBeNull(); // the backup holds her whole…
      const lines = await afterRestore(target.db, anchor, NOW);
      expect(lines[0]).toMatch(/re-applied 1 erasure/);
      const [after] = await target.db.select().from(clients).where(eq(clients.id, clientId));
      expect(after?.erasedAt).not.toBeNull(); // …and the register erases her again.
      expect(after?.pseudonym).toMatch(/^erased-/);
      // Restoring again re-applies nothing new, and the restore marker rewinds the checkpoints.
      expect((await afterRestore(target.db, anchor, NOW))[0]).toMatch(/re-applied 0 erasure/);
      await sealPendingAuditEvents(target.db);
      expect((await verifyCheckpoints(target.db, anchor)).broken).toEqual([]);
      await markRestore(target.db, anchor, NOW);
    } finally {
      await target.close();
    }
  });
});
