import { createHash, randomBytes } from "node:crypto";

/** How many recovery codes she gets at a time; each works once in place of an authenticator code. */
export const RECOVERY_CODE_COUNT = 10;

/** Ten random characters in two groups ("k3m9p-x2q7d"): 50 bits, from an alphabet without look-alikes. */
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

export function createRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Codes are stored as SHA-256 hashes only (they are random, so no slow hash is needed). */
export function hashRecoveryCode(code: string): string {
  const normalised = code.trim().toLowerCase().replace(/[\s-]/g, "");
  return createHash("sha256").update(normalised).digest("hex");
}
