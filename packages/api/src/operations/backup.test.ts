import { randomBytes } from "node:crypto";
import { count, getTableName, goals, organisations, sql } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChains } from "../audit/record-audit.ts";
import { encryptLegacyNarrative } from "../crypto/encrypt-legacy-narrative.ts";
import { loadMatrixFixture } from "../testing/matrix-ids.ts";
import { callerFor, createMigratedDb, createSeededDb, NOW, TEST_CIPHER } from "../testing/test-support.ts";
import { BackupError, decryptBackup, encryptBackup, readBackupContent, restoreBackup } from "./backup.ts";
import { BACKUP_TABLES } from "./backup-tables.ts";

let source: TestDb;
const key = { key: randomBytes(32) };

beforeAll(async () => {
  source = await createSeededDb();
  // Some audited activity, so the chains have events to carry across.
  await (await callerFor(source, "manager@demo.test")).clients.list();
});
afterAll(() => source.close());

async function withFreshDb<T>(work: (db: TestDb) => Promise<T>): Promise<T> {
  const target = await createMigratedDb();
  try {
    return await work(target);
  } finally {
    await target.close();
  }
}

describe("backup and restore", () => {
  it("restores the whole database exactly, with verifying audit chains", async () => {
    const original = await readBackupContent(source.db, "all", NOW);
    const file = encryptBackup(original, key);
    expect(file.includes(Buffer.from("Demo Women"))).toBe(false);
    await withFreshDb(async (target) => {
      await restoreBackup(target.db, decryptBackup(file, key));
      const restored = await readBackupContent(target.db, "all", NOW);
      expect(restored.data).toEqual(original.data);
      expect((await verifyAuditChains(target.db)).every((chain) => chain.ok)).toBe(true);
      expect(original.manifest.tables.find((t) => t.name === "audit_events")?.rows).toBeGreaterThan(0);
    });
  });

  it("restores a backup taken before audit sealing (no seq): its chains are numbered in id order and verify", async () => {
    const current = await readBackupContent(source.db, "all", NOW);
    const strip = (rows: Record<string, unknown>[] | undefined, key: string) =>
      (rows ?? []).map(({ [key]: _dropped, ...rest }) => rest);
    const data = {
      ...current.data,
      audit_events: strip(current.data.audit_events, "seq"),
      audit_chain_heads: strip(current.data.audit_chain_heads, "lastSeq"),
    };
    await withFreshDb(async (target) => {
      await restoreBackup(target.db, { ...current, data });
      const chains = await verifyAuditChains(target.db);
      expect(chains.length).toBeGreaterThan(0);
      expect(chains.every((chain) => chain.ok && chain.pending === 0)).toBe(true);
      expect(chains.reduce((n, chain) => n + chain.events, 0)).toBe(current.data.audit_events?.length);
    });
  });

  it("restores a backup taken before the narrative was encrypted: her words are kept, then encrypted", async () => {
    const current = await readBackupContent(source.db, "all", NOW);
    // As an older backup wrote them: goals.text and actions.free_text in plaintext, no cipher columns.
    const goalRows = (current.data.goals ?? []).map(
      ({ legacyText, textCipher, legacyGasLevels, gasLevelsCipher, ...rest }) => ({
        ...rest,
        text: TEST_CIPHER.decrypt(String(textCipher)),
        gasLevels: null,
      }),
    );
    const actionRows = (current.data.actions ?? []).map(
      ({ legacyFreeText, freeTextCipher, legacyBarrierNote, barrierNoteCipher, ...rest }, i) => ({
        ...rest,
        freeText: i === 0 ? "An older step in her words" : null,
        barrierNote: null,
      }),
    );
    await withFreshDb(async (target) => {
      await restoreBackup(target.db, { ...current, data: { ...current.data, goals: goalRows, actions: actionRows } });
      const restored = await target.db.select().from(goals);
      expect(restored.map((g) => g.legacyText).sort()).toEqual(goalRows.map((g) => g.text).sort());
      const counts = await encryptLegacyNarrative(target.db, TEST_CIPHER);
      expect(counts.goals).toBe(goalRows.length);
      expect(counts.actions).toBe(1);
      const encrypted = await target.db.select().from(goals);
      expect(encrypted.every((g) => g.legacyText === null)).toBe(true);
      expect(encrypted.map((g) => TEST_CIPHER.decrypt(g.textCipher ?? "")).sort()).toEqual(
        goalRows.map((g) => g.text).sort(),
      );
    });
  });

  it("covers every table except sessions and sign-in counters", async () => {
    const result = await source.db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const tables = ((result as { rows?: unknown }).rows ?? result) as { name: string }[];
    const names = tables.map((row) => row.name).filter((name) => name !== "sessions" && name !== "sign_in_throttles");
    expect(BACKUP_TABLES.map((table) => getTableName(table)).sort()).toEqual(names.sort());
  });

  it("backs up one organisation on its own", async () => {
    const { other } = await loadMatrixFixture(source.db);
    const content = await readBackupContent(source.db, { organisationId: other.organisationId }, NOW);
    expect(content.data.organisations).toHaveLength(1);
    expect(content.data.clients?.every((c) => c.organisationId === other.organisationId)).toBe(true);
    // Its own staff, and the demo funder it granted a funder membership (seed-funding.ts).
    expect(content.data.users?.map((u) => u.email).sort()).toEqual(["caseworker2@demo.test", "funder@demo.test"]);
    await withFreshDb(async (target) => {
      await restoreBackup(
        target.db,
        decryptBackup(encryptBackup(content, { passphrase: "correct horse battery" }), {
          passphrase: "correct horse battery",
        }),
      );
      const [orgs] = await target.db.select({ n: count() }).from(organisations);
      expect(orgs?.n).toBe(1);
    });
  });

  it.each([
    ["a wrong key", (file: Buffer) => decryptBackup(file, { key: randomBytes(32) }), /wrong key or passphrase/],
    [
      "a changed byte",
      (file: Buffer) => {
        const copy = Buffer.from(file);
        copy[copy.length - 40] = (copy[copy.length - 40] ?? 0) ^ 1;
        return decryptBackup(copy, key);
      },
      /wrong key or passphrase, or the file was changed/,
    ],
    ["a passphrase for a key backup", (file: Buffer) => decryptBackup(file, { passphrase: "x" }), /made with a key/],
    [
      "another file",
      () => decryptBackup(Buffer.from("hello world, not a backup at all"), key),
      /not a GeSIM Planner backup/,
    ],
  ])("refuses %s", async (_case, attempt, message) => {
    const file = encryptBackup(await readBackupContent(source.db, "all", NOW), key);
    expect(() => attempt(file)).toThrow(message);
  });

  it("refuses a non-empty database unless told, and writes nothing when the chain is broken", async () => {
    const content = await readBackupContent(source.db, "all", NOW);
    await expect(restoreBackup(source.db, content)).rejects.toThrow(/not empty/);
    const events = content.data.audit_events ?? [];
    const tampered = {
      ...content,
      data: { ...content.data, audit_events: events.map((e, i) => (i === 0 ? { ...e, action: "edited" } : e)) },
    };
    await withFreshDb(async (target) => {
      await expect(restoreBackup(target.db, tampered)).rejects.toThrow(BackupError);
      const [orgs] = await target.db.select({ n: count() }).from(organisations);
      expect(orgs?.n).toBe(0);
    });
  });
});
