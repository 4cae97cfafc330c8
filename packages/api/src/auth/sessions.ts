import type { Role } from "@gesim/core";
import { and, type Database, eq, gt, memberships, organisations, sessions, sql, users } from "@gesim/db";
import { createBearerToken, hashBearerToken } from "./handed-codes.ts";

/** A session ends after 30 minutes without a request, and after 12 hours in any case. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** A session waiting for its second factor ends after 5 minutes, or after 3 wrong codes. */
export const PENDING_SECOND_FACTOR_MS = 5 * 60 * 1000;
export const MAX_SECOND_FACTOR_FAILURES = 3;

/**
 * How stale a live session's last-seen time may get before a request moves it forward: a
 * minute, or a tenth of a short idle time. A session can therefore end up to this much
 * earlier than "idle time after the last request"; the web app's idle warning allows for it.
 */
export function sessionTouchIntervalMs(idleMs: number): number {
  return Math.min(60_000, Math.floor(idleMs / 10));
}

export type SessionUser = {
  userId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  /** The organisation's IANA time zone: her "today" (organisation-today.ts). */
  timeZone: string;
  role: Role;
  tokenHash: string;
  /** False until the second factor is given, when one is needed (TOTP). */
  isVerified: boolean;
  /** Signed in with a one-time password an administrator set: she must choose her own first. */
  mustChangePassword: boolean;
};

export async function createSession(
  db: Database,
  userId: string,
  organisationId: string,
  now: Date,
  isVerified = true,
  /** When she signed in: a session moved to another organisation keeps its start, and so its end. */
  startedAt: Date = now,
) {
  const token = createBearerToken();
  const expiresAt = isVerified
    ? new Date(startedAt.getTime() + SESSION_ABSOLUTE_MS)
    : new Date(now.getTime() + PENDING_SECOND_FACTOR_MS);
  await db.insert(sessions).values({
    tokenHash: hashBearerToken(token),
    userId,
    organisationId,
    isVerified,
    createdAt: startedAt,
    lastSeenAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

/**
 * The signed-in user behind a session token, or null when the token is unknown, expired or
 * idle too long (`idleMs`, 30 minutes unless the deployment sets another). A live session's
 * last-seen time moves forward at most once per `sessionTouchIntervalMs`.
 */
export async function resolveSession(
  db: Database,
  token: string,
  now: Date,
  idleMs = SESSION_IDLE_MS,
): Promise<SessionUser | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const tokenHash = hashBearerToken(token);
  const [row] = await db
    .select({
      userId: sessions.userId,
      organisationId: sessions.organisationId,
      lastSeenAt: sessions.lastSeenAt,
      displayName: users.displayName,
      organisationName: organisations.name,
      timeZone: organisations.timeZone,
      role: memberships.role,
      isVerified: sessions.isVerified,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, sessions.organisationId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.userId, sessions.userId),
        eq(memberships.organisationId, sessions.organisationId),
        eq(memberships.active, true),
      ),
    )
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > idleMs) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > sessionTouchIntervalMs(idleMs)) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const { lastSeenAt: _lastSeenAt, ...user } = row;
  return { ...user, tokenHash };
}

export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends all of a user's sessions; returns how many there were. */
export async function deleteUserSessions(db: Database, userId: string): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

/**
 * Marks a pending session as having passed its second factor; from then on it lasts the
 * usual 12 hours from sign-in. False when the session has ended meanwhile.
 */
export async function markSessionVerified(db: Database, tokenHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({
      isVerified: true,
      expiresAt: sql`${sessions.createdAt} + ${`${SESSION_ABSOLUTE_MS / 1000} seconds`}::interval`,
    })
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length > 0;
}

/**
 * Counts a wrong code against a pending session; the third ends it (true: it has ended), so
 * the password must be given again.
 */
export async function failSecondFactor(db: Database, tokenHash: string): Promise<boolean> {
  const [row] = await db
    .update(sessions)
    .set({ secondFactorFailures: sql`${sessions.secondFactorFailures} + 1` })
    .where(eq(sessions.tokenHash, tokenHash))
    .returning({ failures: sessions.secondFactorFailures });
  if (row && row.failures < MAX_SECOND_FACTOR_FAILURES) return false;
  await deleteSession(db, tokenHash);
  return true;
}
