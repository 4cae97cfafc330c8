import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { createFieldCipher, type FieldCipher, FieldCipherError, generateKey, parseKey } from "./field-cipher.ts";

export type CipherSource = {
  /** GESIM_ENCRYPTION_KEY: the active key, base64. */
  activeKey?: string | undefined;
  /** GESIM_ENCRYPTION_PREVIOUS_KEYS: comma-separated older keys, kept until rotation finishes. */
  previousKeys?: string | undefined;
  /** For the embedded database only: where a generated key may be kept. */
  embeddedDataDir?: string | undefined;
};

export type LoadedCipher = { cipher: FieldCipher; warning: string | null };

/** Where the embedded demo keeps its generated key: beside the PGlite folder, mode 0600. */
export function embeddedKeyPath(dataDir: string): string {
  return join(dirname(dataDir), `${basename(dataDir)}.key`);
}

/**
 * The field cipher from the environment. Without GESIM_ENCRYPTION_KEY, the embedded
 * database generates a key and keeps it beside its data (with a warning: fine for a demo,
 * not for real data); a PostgreSQL server refuses to start without one.
 */
export function loadFieldCipher(source: CipherSource): LoadedCipher {
  const previous = (source.previousKeys ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => parseKey(k, "GESIM_ENCRYPTION_PREVIOUS_KEYS"));
  if (source.activeKey) return { cipher: createFieldCipher(parseKey(source.activeKey), previous), warning: null };
  if (!source.embeddedDataDir) {
    throw new FieldCipherError(
      "GESIM_ENCRYPTION_KEY is required with a PostgreSQL server (generate one with: openssl rand -base64 32)",
    );
  }
  const path = embeddedKeyPath(source.embeddedDataDir);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${generateKey()}\n`, { mode: 0o600 });
  }
  chmodSync(path, 0o600);
  const key = parseKey(readFileSync(path, "utf8"), path);
  return {
    cipher: createFieldCipher(key, previous),
    warning: `Encryption key kept beside the embedded database (${path}). Set GESIM_ENCRYPTION_KEY and keep the key apart from the data before recording real cases.`,
  };
}
