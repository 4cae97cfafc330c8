import type { Database, DbKind } from "@gesim/db";
import { resolveSession, type SessionUser } from "./auth/sessions.ts";

export type Context = {
  db: Database;
  dbKind: DbKind;
  session: SessionUser | null;
  now: Date;
};

export type CreateContextOptions = {
  db: Database;
  dbKind: DbKind;
  /** The session token from the cookie or an `Authorization: Bearer` header. */
  sessionToken?: string | null | undefined;
  now?: Date;
};

/** Builds a request's context. Nothing global: the database is passed in (tests pass theirs). */
export async function createContext({ db, dbKind, sessionToken, now = new Date() }: CreateContextOptions): Promise<Context> {
  const session = sessionToken ? await resolveSession(db, sessionToken, now) : null;
  return { db, dbKind, session, now };
}
