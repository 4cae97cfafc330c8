import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * Field encryption at rest for identity details, notes and other free text: AES-256-GCM with
 * a random 96-bit IV per value. A ciphertext names the key that made it, so keys can rotate:
 *
 *   gcm1.<keyId>.<iv>.<tag>.<ciphertext>     (base64url parts)
 *
 * The key id is the first 8 bytes of SHA-256 of the key, in hex: stable, not secret.
 */
const PREFIX = "gcm1";

export type FieldCipher = {
  readonly activeKeyId: string;
  encrypt(plaintext: string): string;
  decrypt(ciphertext: string): string;
  /** The same envelope for a file's bytes (documents, issue 19). */
  encryptBytes(plaintext: Uint8Array): string;
  decryptBytes(ciphertext: string): Buffer;
  /** Key id a ciphertext was made with, or null when it is not one of ours. */
  keyIdOf(ciphertext: string): string | null;
};

export class FieldCipherError extends Error {
  override name = "FieldCipherError";
}

export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}

/** Parses a base64 (or base64url) 32-byte key; the message never echoes the value. */
export function parseKey(encoded: string, name = "GESIM_ENCRYPTION_KEY"): Buffer {
  const key = Buffer.from(encoded.trim(), "base64");
  if (key.length !== 32)
    throw new FieldCipherError(`${name} must be 32 random bytes, base64-encoded (openssl rand -base64 32)`);
  return key;
}

export function generateKey(): string {
  return randomBytes(32).toString("base64");
}

/**
 * A cipher that encrypts with `activeKey` and decrypts with it or any of `previousKeys`
 * (kept until `npm run keys:rotate` has re-encrypted everything).
 */
export function createFieldCipher(activeKey: Buffer, previousKeys: readonly Buffer[] = []): FieldCipher {
  const keys = new Map<string, Buffer>();
  for (const key of [activeKey, ...previousKeys]) keys.set(keyIdOf(key), key);
  const activeKeyId = keyIdOf(activeKey);

  function parts(ciphertext: string) {
    const [prefix, keyId, iv, tag, body, ...rest] = ciphertext.split(".");
    if (prefix !== PREFIX || !keyId || !iv || !tag || body === undefined || rest.length > 0) return null;
    return { keyId, iv, tag, body };
  }

  function encryptBytes(plaintext: Uint8Array): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", activeKey, iv);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return [
      PREFIX,
      activeKeyId,
      iv.toString("base64url"),
      cipher.getAuthTag().toString("base64url"),
      body.toString("base64url"),
    ].join(".");
  }

  function decryptBytes(ciphertext: string): Buffer {
    const p = parts(ciphertext);
    if (!p) throw new FieldCipherError("not an encrypted field value");
    const key = keys.get(p.keyId);
    if (!key) throw new FieldCipherError(`no key with id ${p.keyId} is configured`);
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(p.iv, "base64url"));
      decipher.setAuthTag(Buffer.from(p.tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(p.body, "base64url")), decipher.final()]);
    } catch {
      throw new FieldCipherError("encrypted field value failed its integrity check");
    }
  }

  return {
    activeKeyId,
    encrypt(plaintext) {
      return encryptBytes(Buffer.from(plaintext, "utf8"));
    },
    decrypt(ciphertext) {
      return decryptBytes(ciphertext).toString("utf8");
    },
    encryptBytes,
    decryptBytes,
    keyIdOf(ciphertext) {
      return parts(ciphertext)?.keyId ?? null;
    },
  };
}
