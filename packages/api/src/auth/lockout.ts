import { type Database, eq, users } from "@gesim/db";

/** Five wrong passwords in a row lock the account for 15 minutes. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export function isLocked(user: { lockedUntil: Date | null }, now: Date): boolean {
  return user.lockedUntil !== null && user.lockedUntil > now;
}

export async function registerFailedLogin(
  db: Database,
  user: { id: string; failedLoginCount: number },
  now: Date,
): Promise<void> {
  const failed = user.failedLoginCount + 1;
  const locks = failed >= MAX_FAILED_LOGINS;
  await db
    .update(users)
    .set({ failedLoginCount: locks ? 0 : failed, lockedUntil: locks ? new Date(now.getTime() + LOCKOUT_MS) : null })
    .where(eq(users.id, user.id));
}

export async function resetFailedLogins(db: Database, userId: string): Promise<void> {
  await db.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, userId));
}
