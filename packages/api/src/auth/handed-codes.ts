import { createHash, randomBytes } from "node:crypto";

/**
 * Secrets the product hands to a person, made and checked in one place:
 * - *handed codes* a person reads out or types by hand: one-time passwords and invitation codes
 *   (an administrator hands them over in person), funding join codes, recovery codes;
 * - *bearer tokens* a machine keeps: session cookies, calendar feed URLs.
 * Both are random, so a fast hash (SHA-256) is enough to store them; neither is ever stored
 * in clear, and each is shown once.
 */

/** Letters and digits without look-alikes (no 0/o, 1/l/i), easy to read out or copy by hand. */
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

function randomCode(groups: number, groupLength: number): string {
  const chars = [...randomBytes(groups * groupLength)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return Array.from({ length: groups }, (_, group) => chars.slice(group * groupLength, (group + 1) * groupLength)).join(
    "-",
  );
}

/**
 * A one-time password, invitation code or join code (four groups of four, "k3m9-px2q-7dab-c4ef",
 * about 78 bits): shown once, stored only hashed.
 */
export function createOneTimePassword(): string {
  return randomCode(4, 4);
}

/** How many recovery codes she gets at a time; each works once in place of an authenticator code. */
export const RECOVERY_CODE_COUNT = 10;

/** Recovery codes: ten characters in two groups ("k3m9p-x2q7d"), 50 bits each. */
export function createRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => randomCode(2, 5));
}

/**
 * The stored form of a handed code: SHA-256 over its letters and digits in lower case, so that
 * case, spaces and dashes as someone typed them do not matter.
 */
export function hashHandedCode(code: string): string {
  return createHash("sha256")
    .update(code.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .digest("hex");
}

/** A bearer token (256 bits, URL-safe): a session cookie or a calendar feed's secret. */
export function createBearerToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a bearer token (compared exactly: a machine sends it back unchanged). */
export function hashBearerToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
