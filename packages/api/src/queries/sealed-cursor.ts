import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";

/**
 * Page cursors are sealed (issue 14, item 8): AES-256-GCM under a key this process draws at
 * start, so a cursor in a URL, a log or a Referer shows nothing (not a pseudonym, not a date)
 * and cannot be forged. It lives as long as the process: after a restart, or on another
 * process behind a load balancer, an old cursor is refused as bad input and the list starts
 * again from its first page. The opened value is still parsed by the caller's schema.
 */
const KEY = randomBytes(32);
const VERSION = "c1";

export function sealCursor(value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", KEY, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return `${VERSION}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** Opens a sealed cursor and parses it with `schema`; anything else is BAD_REQUEST. */
export function openCursor<T extends z.ZodType>(cursor: string, schema: T): z.infer<T> {
  try {
    if (!cursor.startsWith(VERSION)) throw new Error("not a cursor");
    const raw = Buffer.from(cursor.slice(VERSION.length), "base64url");
    const decipher = createDecipheriv("aes-256-gcm", KEY, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    return schema.parse(JSON.parse(json));
  } catch {
    throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput" });
  }
}
