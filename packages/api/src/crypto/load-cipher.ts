import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

/** The key kept beside an embedded database (base64), or null when there is none yet. */
export function readEmbeddedKey(dataDir: string): string | null {
  const path = embeddedKeyPath(dataDir);
  if (!existsSync(path)) return null;
  const key = readFileSync(path, "utf8").trim();
  parseKey(key, path);
  return key;
}

/** Replaces the embedded key file in one step (a temporary file renamed over it), mode 0600. */
export function writeEmbeddedKey(dataDir: string, key: string): void {
  parseKey(key, "the new key");
  const path = embeddedKeyPath(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${key.trim()}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

function parseKeyList(list: string | undefined): Buffer[] {
  return (list ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => parseKey(k, "GESIM_ENCRYPTION_PREVIOUS_KEYS"));
}

export type RotationCipher = {
  cipher: FieldCipher;
  /** Call after a complete rotation: the key file (if any) then holds the new active key. */
  finish(): void;
};

/**
 * The cipher for `npm run keys:rotate`. With GESIM_ENCRYPTION_KEY it rotates to that key, reading
 * with GESIM_ENCRYPTION_PREVIOUS_KEYS and, on the embedded database, its key file too. On the
 * embedded database without GESIM_ENCRYPTION_KEY it rotates from its key file to a new key that
 * waits in `<key file>.next` until the rotation is complete (a second run after an interruption
 * resumes with the same key). finish() updates the key file, so a plain restart reads everything.
 */
export function loadRotationCipher(source: CipherSource): RotationCipher {
  const previous = parseKeyList(source.previousKeys);
  if (!source.embeddedDataDir) {
    const { cipher } = loadFieldCipher(source);
    return { cipher, finish: () => {} };
  }
  const dataDir = source.embeddedDataDir;
  const current = readEmbeddedKey(dataDir);
  if (current) previous.push(parseKey(current, embeddedKeyPath(dataDir)));
  if (source.activeKey) {
    const active = source.activeKey;
    return {
      cipher: createFieldCipher(parseKey(active), previous),
      finish: () => {
        if (current) writeEmbeddedKey(dataDir, active);
      },
    };
  }
  const nextPath = `${embeddedKeyPath(dataDir)}.next`;
  if (!existsSync(nextPath)) writeFileSync(nextPath, `${generateKey()}\n`, { mode: 0o600 });
  const next = readFileSync(nextPath, "utf8").trim();
  return {
    cipher: createFieldCipher(parseKey(next, nextPath), previous),
    finish: () => {
      writeEmbeddedKey(dataDir, next);
      rmSync(nextPath, { force: true });
    },
  };
}

/**
 * The field cipher from the environment. Without GESIM_ENCRYPTION_KEY, the embedded
 * database generates a key and keeps it beside its data (with a warning: fine for a demo,
 * not for real data); a PostgreSQL server refuses to start without one.
 */
export function loadFieldCipher(source: CipherSource): LoadedCipher {
  const previous = parseKeyList(source.previousKeys);
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
  // An interrupted `keys:rotate` left values under the key waiting in `.next`: still readable.
  if (existsSync(`${path}.next`)) previous.push(parseKey(readFileSync(`${path}.next`, "utf8"), `${path}.next`));
  return {
    cipher: createFieldCipher(key, previous),
    warning: `Encryption key kept beside the embedded database (${path}). Set GESIM_ENCRYPTION_KEY and keep the key apart from the data before recording real cases.`,
  };
}
