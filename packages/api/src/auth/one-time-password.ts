import { randomBytes } from "node:crypto";

/** Letters and digits without look-alikes (no 0/o, 1/l/i), easy to read out or copy by hand. */
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

/**
 * A one-time password an administrator hands to a member of staff (four groups of four,
 * about 78 bits): she must replace it at her first sign-in. Shown once, stored only hashed.
 */
export function createOneTimePassword(): string {
  const chars = [...randomBytes(16)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return chars.match(/.{4}/g)?.join("-") ?? chars;
}
