import type { Database, DbKind } from "@gesim/db";
import { resolveSession, type SessionUser } from "./auth/sessions.ts";
import type { FieldCipher } from "./crypto/field-cipher.ts";

export type Context = {
  db: Database;
  dbKind: DbKind;
  session: SessionUser | null;
  /** Encrypts identity fields, notes and other free text at rest. */
  cipher: FieldCipher;
  now: Date;
};

export type CreateContextOptions = {
  db: Database;
  dbKind: DbKind;
  cipher: FieldCipher;
  /** The session token from the cookie or an `Authorization: Bearer` header. */
  sessionToken?: string | null | undefined;
  now?: Date;
  /** Idle time after which a session ends (default SESSION_IDLE_MS, 30 minutes). */
  sessionIdleMs?: number;
};

/** Builds a request's context. Nothing global: the database and keys are passed in (tests pass theirs). */
export async function createContext({ db, dbKind, cipher, sessionToken, now = new Date(), sessionIdleMs }: CreateContextOptions): Promise<Context> {
  const session = sessionToken ? await resolveSession(db, sessionToken, now, sessionIdleMs) : null;
  return { db, dbKind, session, cipher, now };
}
