// Field keys and backups (issue 15, items 7 and 13). An embedded database keeps its field key in
// `<data dir>.key`; its backup carries that key (encrypted with the backup's secret), and a
// restore installs it. A restore checks BEFORE touching the target that it will be able to read
// every encrypted value of the backup, and refuses otherwise.
import { existsSync, renameSync } from "node:fs";
import { keyIdOf, parseKey } from "../crypto/field-cipher.ts";
import { embeddedKeyPath, readEmbeddedKey, writeEmbeddedKey } from "../crypto/load-cipher.ts";
import { type BackupContent, BackupError } from "./backup.ts";

/** The ids of the keys that made the backup's encrypted values (`gcm1.<key id>.…` anywhere in its rows). */
export function encryptedKeyIds(content: BackupContent): Set<string> {
  const ids = new Set<string>();
  for (const rows of Object.values(content.data))
    for (const row of rows)
      for (const value of Object.values(row))
        if (typeof value === "string" && value.startsWith("gcm1.")) ids.add(value.split(".")[1] ?? "");
  return ids;
}

/** The embedded key to carry in a backup, or none when the key is configured apart (GESIM_ENCRYPTION_KEY or a server). */
export function embeddedKeysForBackup(embeddedDataDir: string | undefined): string[] | undefined {
  if (!embeddedDataDir) return undefined;
  const path = embeddedKeyPath(embeddedDataDir);
  if (existsSync(`${path}.next`))
    throw new BackupError("a key rotation is unfinished (a .key.next file exists): run npm run keys:rotate first");
  const key = readEmbeddedKey(embeddedDataDir);
  return key ? [key] : undefined;
}

export type RestoreTarget = {
  activeKey?: string | undefined;
  previousKeys?: string | undefined;
  /** The embedded target's data folder, when the key is kept in its key file (no GESIM_ENCRYPTION_KEY). */
  embeddedDataDir?: string | undefined;
  /** Restoring next to existing data (--force). */
  intoNonEmpty: boolean;
};

export type RestoreKeys = {
  /** Installs the backup's key as the embedded key file; run after the restore committed. */
  install(): string | null;
};

function keys(list: string | undefined): Buffer[] {
  return (list ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => parseKey(k, "GESIM_ENCRYPTION_PREVIOUS_KEYS"));
}

function refuseMissing(cipherIds: Set<string>, needed: Set<string>, fix: string): void {
  const missing = [...needed].filter((id) => !cipherIds.has(id));
  if (missing.length > 0)
    throw new BackupError(
      `the backup's encrypted fields use key ${missing.join(", ")}, which is not available here; ${fix}. Nothing was changed`,
    );
}

/**
 * Decides which keys will read the restored data, and refuses (before anything is touched)
 * when one of the backup's encrypted values could not be read after the restore.
 */
export function planRestoreKeys(content: BackupContent, target: RestoreTarget): RestoreKeys {
  const needed = encryptedKeyIds(content);
  const carried = (content.fieldKeys ?? []).map((k) => parseKey(k, "the backup's field key"));
  if (target.activeKey || !target.embeddedDataDir) {
    if (!target.activeKey && needed.size > 0)
      throw new BackupError("GESIM_ENCRYPTION_KEY is required to restore into a PostgreSQL server");
    const configured = target.activeKey ? [parseKey(target.activeKey), ...keys(target.previousKeys)] : [];
    refuseMissing(
      new Set(configured.map(keyIdOf)),
      needed,
      carried.length > 0
        ? "this backup comes from an embedded database and carries its own key: restore it without GESIM_ENCRYPTION_KEY into an embedded database, or add that key to GESIM_ENCRYPTION_PREVIOUS_KEYS"
        : "set GESIM_ENCRYPTION_KEY (and GESIM_ENCRYPTION_PREVIOUS_KEYS) to the key(s) of the database the backup came from",
    );
    return { install: () => null };
  }
  const dataDir = target.embeddedDataDir;
  const existing = readEmbeddedKey(dataDir);
  if (carried.length === 0) {
    refuseMissing(
      new Set(existing ? [keyIdOf(parseKey(existing))] : []),
      needed,
      "this backup carries no key (it was made with GESIM_ENCRYPTION_KEY set or from a server): set GESIM_ENCRYPTION_KEY to that key",
    );
    return { install: () => null };
  }
  refuseMissing(new Set(carried.map(keyIdOf)), needed, "the backup is incomplete");
  const backupKey = content.fieldKeys?.[0] ?? "";
  const differs = existing !== null && keyIdOf(parseKey(existing)) !== keyIdOf(parseKey(backupKey));
  if (differs && target.intoNonEmpty)
    throw new BackupError(
      `the data folder's key (${embeddedKeyPath(dataDir)}) differs from the backup's, and restoring next to its data would leave one of them unreadable; restore into a new GESIM_DATA_DIR`,
    );
  return {
    install() {
      if (existing !== null && !differs) return null;
      const path = embeddedKeyPath(dataDir);
      if (differs) renameSync(path, `${path}.before-restore`);
      writeEmbeddedKey(dataDir, backupKey);
      return path;
    },
  };
}
