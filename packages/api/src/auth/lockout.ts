import { createHash } from "node:crypto";
import { APP_ROLE, and, type Database, eq, gt, isNull, lt, or, signInThrottles, sql } from "@gesim/db";

/** Five wrong passwords or codes in a row lock the email for 15 minutes (ADR 015). */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** Counters of emails nobody has tried for a day are forgotten. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

/** The counter's key: no email is stored, only its hash (lower-cased, so case changes nothing). */
function throttleKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/**
 * Inside a tenant transaction (the second factor), the counters are the connecting role's
 * alone: switch to it for `work`, then back to the application role.
 */
async function asConnectingRole<T>(db: Database, inTenant: boolean, work: () => Promise<T>): Promise<T> {
  if (!inTenant) return work();
  await db.execute(sql`select set_config('role', 'none', true)`);
  const result = await work();
  await db.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
  return result;
}

export type Attempt =
  | { kind: "locked" }
  /** A counted attempt: `slot` is its place among the failures in a row, itself included. */
  | { kind: "counted"; key: string; slot: number };

/**
 * Counts one sign-in attempt BEFORE the password or code is checked, in one atomic statement,
 * whatever the account (an unknown email counts the same way). A locked email, or one with
 * five attempts already in flight or failed, is refused without checking anything: however
 * many attempts run at once, at most five guesses are ever checked before the lock.
 */
export async function beginAttempt(
  db: Database,
  email: string,
  now: Date,
  { inTenant = false }: { inTenant?: boolean } = {},
): Promise<Attempt> {
  const key = throttleKey(email);
  return asConnectingRole(db, inTenant, async () => {
    await db
      .delete(signInThrottles)
      .where(
        and(
          lt(signInThrottles.updatedAt, new Date(now.getTime() - FORGET_AFTER_MS)),
          or(isNull(signInThrottles.lockedUntil), lt(signInThrottles.lockedUntil, now)),
        ),
      );
    const stillLocked = sql`${signInThrottles.lockedUntil} > ${now.toISOString()}::timestamptz`;
    const [row] = await db
      .insert(signInThrottles)
      .values({ key, failedCount: 1, lockedUntil: null, updatedAt: now })
      .onConflictDoUpdate({
        target: signInThrottles.key,
        set: {
          // A lock that has run out starts a fresh count; a running lock counts nothing.
          failedCount: sql`case when ${stillLocked} then ${signInThrottles.failedCount}
            when ${signInThrottles.lockedUntil} is not null then 1
            else ${signInThrottles.failedCount} + 1 end`,
          lockedUntil: sql`case when ${stillLocked} then ${signInThrottles.lockedUntil} else null end`,
          updatedAt: now,
        },
      })
      .returning({ failedCount: signInThrottles.failedCount, lockedUntil: signInThrottles.lockedUntil });
    if (!row || (row.lockedUntil && row.lockedUntil > now)) return { kind: "locked" };
    // A sixth attempt while five are still being checked: more at once than anyone signing in
    // makes, so it locks too (and a count left behind by an interrupted attempt cannot stick).
    if (row.failedCount > MAX_FAILED_LOGINS) {
      await lock(db, key, now);
      return { kind: "locked" };
    }
    return { kind: "counted", key, slot: row.failedCount };
  });
}

/** Locks the email for LOCKOUT_MS from now, unless a lock is already running. */
function lock(db: Database, key: string, now: Date) {
  return db
    .update(signInThrottles)
    .set({ failedCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS), updatedAt: now })
    .where(
      and(eq(signInThrottles.key, key), or(isNull(signInThrottles.lockedUntil), lt(signInThrottles.lockedUntil, now))),
    );
}

/**
 * A wrong password or code: it was counted when it began; the fifth in a row locks the email
 * (a lock already running is never extended or lifted).
 */
export async function failAttempt(
  db: Database,
  attempt: { key: string; slot: number },
  now: Date,
  { inTenant = false }: { inTenant?: boolean } = {},
): Promise<{ locked: boolean }> {
  if (attempt.slot < MAX_FAILED_LOGINS) return { locked: false };
  await asConnectingRole(db, inTenant, () => lock(db, attempt.key, now));
  return { locked: true };
}

/**
 * The right password or code: the count starts again, unless the email was locked while this
 * attempt was being checked (a parallel wrong attempt was the fifth): then it is refused. A
 * right password that still needs its second factor (`complete: false`) keeps the count, so
 * signing in again never buys more guesses at the code.
 */
export async function succeedAttempt(
  db: Database,
  attempt: { key: string },
  now: Date,
  { inTenant = false, complete = true }: { inTenant?: boolean; complete?: boolean } = {},
): Promise<{ locked: boolean }> {
  const rows = await asConnectingRole(db, inTenant, () =>
    db
      .update(signInThrottles)
      .set(complete ? { failedCount: 0, updatedAt: now } : { updatedAt: now })
      .where(
        and(
          eq(signInThrottles.key, attempt.key),
          or(isNull(signInThrottles.lockedUntil), lt(signInThrottles.lockedUntil, now)),
        ),
      )
      .returning({ key: signInThrottles.key }),
  );
  return { locked: rows.length === 0 };
}

/**
 * Forgets the failures counted for an email and lifts its lock: an administrator gave her a new
 * password (the guesses counted were at the old one).
 */
export async function forgetAttempts(db: Database, email: string, { inTenant = false }: { inTenant?: boolean } = {}) {
  const key = throttleKey(email);
  await asConnectingRole(db, inTenant, () => db.delete(signInThrottles).where(eq(signInThrottles.key, key)));
}

/** Whether the email is locked now (for tests and the second factor's status). */
export async function isEmailLocked(db: Database, email: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ key: signInThrottles.key })
    .from(signInThrottles)
    .where(and(eq(signInThrottles.key, throttleKey(email)), gt(signInThrottles.lockedUntil, now)));
  return row !== undefined;
}
