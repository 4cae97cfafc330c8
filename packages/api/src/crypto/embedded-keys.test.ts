// The embedded database's key file through rotation, backup and restore (issue 15, items 7 and 8),
// and the start-up check that refuses a key that cannot read the stored data.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDb, type TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../demo/seed-demo.ts";
import type { BackupContent } from "../operations/backup.ts";
import { embeddedKeysForBackup, planRestoreKeys } from "../operations/backup-keys.ts";
import { TODAY } from "../testing/test-support.ts";
import { createFieldCipher, generateKey, parseKey } from "./field-cipher.ts";
import { embeddedKeyPath, loadFieldCipher, loadRotationCipher, readEmbeddedKey } from "./load-cipher.ts";
import { assertKeysReadData, rotateKeys } from "./rotate-keys.ts";

const work = mkdtempSync(join(tmpdir(), "gesim-embedded-keys-"));
let handle: TestDb;
let dataDir: string;
let firstKey: string;

beforeAll(async () => {
  dataDir = join(work, "pglite");
  const { cipher } = loadFieldCipher({ embeddedDataDir: dataDir }); // generates the key file
  firstKey = readEmbeddedKey(dataDir) ?? "";
  handle = await createTestDb();
  await seedDemoIfEmpty(handle.db, TODAY, cipher);
});
afterAll(async () => {
  await handle.close();
  rmSync(work, { recursive: true, force: true });
});

describe("keys:rotate on the embedded database", () => {
  it("rotates from the key file to a new key and writes the new key to the key file", async () => {
    const rotation = loadRotationCipher({ embeddedDataDir: dataDir });
    expect(existsSync(`${embeddedKeyPath(dataDir)}.next`)).toBe(true);
    const counts = await rotateKeys(handle.db, rotation.cipher);
    expect(counts.client_identities?.values).toBeGreaterThan(0);
    rotation.finish();
    expect(existsSync(`${embeddedKeyPath(dataDir)}.next`)).toBe(false);
    expect(readEmbeddedKey(dataDir)).not.toBe(firstKey);
    // A plain restart (the key file only) reads everything; the old key alone no longer does.
    await assertKeysReadData(handle.db, loadFieldCipher({ embeddedDataDir: dataDir }).cipher, undefined);
    await expect(
      assertKeysReadData(handle.db, createFieldCipher(parseKey(firstKey)), embeddedKeyPath(dataDir)),
    ).rejects.toThrow(new RegExp(`cannot read the stored data .*${embeddedKeyPath(dataDir)}`));
  });

  it("with GESIM_ENCRYPTION_KEY, reads the key file's values and updates the file to the new key", async () => {
    const configured = generateKey();
    const rotation = loadRotationCipher({ activeKey: configured, embeddedDataDir: dataDir });
    await rotateKeys(handle.db, rotation.cipher); // before: "no key with id …"
    rotation.finish();
    expect(readEmbeddedKey(dataDir)).toBe(configured);
    await assertKeysReadData(handle.db, loadFieldCipher({ embeddedDataDir: dataDir }).cipher, undefined);
  });

  it("a server reading with a wrong key refuses with a message that names the fix", async () => {
    await expect(assertKeysReadData(handle.db, createFieldCipher(parseKey(generateKey())), undefined)).rejects.toThrow(
      /set GESIM_ENCRYPTION_KEY to the key this data was written with/,
    );
  });
});

describe("backup and restore of the embedded key", () => {
  const content = (fieldKeys: string[] | undefined, keyId: string): BackupContent => ({
    manifest: { format: "gesim-backup", version: 1, createdAt: "2026-01-01T00:00:00.000Z", scope: "all", tables: [] },
    data: { notes: [{ id: "n1", body: `gcm1.${keyId}.iv.tag.body` }] },
    ...(fieldKeys ? { fieldKeys } : {}),
  });

  it("carries the key file's key, and installs it beside an empty target", () => {
    const key = readEmbeddedKey(dataDir) ?? "";
    const carried = embeddedKeysForBackup(dataDir);
    expect(carried).toEqual([key]);
    const keyId = createFieldCipher(parseKey(key)).activeKeyId;
    const target = join(work, "restored", "pglite");
    const plan = planRestoreKeys(content(carried, keyId), { embeddedDataDir: target, intoNonEmpty: false });
    expect(existsSync(embeddedKeyPath(target))).toBe(false); // nothing written before the restore
    expect(plan.install()).toBe(embeddedKeyPath(target));
    expect(readFileSync(embeddedKeyPath(target), "utf8").trim()).toBe(key);
  });

  it("refuses, before anything is written, when no available key reads the backup", () => {
    const otherId = createFieldCipher(parseKey(generateKey())).activeKeyId;
    const empty = join(work, "empty", "pglite");
    expect(() => planRestoreKeys(content(undefined, otherId), { embeddedDataDir: empty, intoNonEmpty: false })).toThrow(
      /carries no key/,
    );
    expect(() =>
      planRestoreKeys(content(undefined, otherId), { activeKey: generateKey(), intoNonEmpty: false }),
    ).toThrow(/GESIM_ENCRYPTION_KEY/);
    expect(existsSync(embeddedKeyPath(empty))).toBe(false);
  });

  it("refuses to restore next to data under another key (--force)", () => {
    const key = generateKey();
    const keyId = createFieldCipher(parseKey(key)).activeKeyId;
    expect(() => planRestoreKeys(content([key], keyId), { embeddedDataDir: dataDir, intoNonEmpty: true })).toThrow(
      /differs from the backup's/,
    );
  });
});
