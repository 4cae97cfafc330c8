import { APP_ROLE, and, type Database, eq, memberships, sessions, sql, users } from "@gesim/db";

/**
 * Runs `work` as the connecting (system) role inside the request's tenant transaction, then
 * returns to the application role. Row-level security shows a user only to organisations
 * she belongs to, so finding an account by email and creating a new one (which has no
 * membership yet) cannot be done as the application role. Keep `work` to those two steps.
 * On an error the transaction rolls back, and the role setting with it.
 */
export async function asSystemRole<T>(tx: Database, work: () => Promise<T>): Promise<T> {
  await tx.execute(sql`select set_config('role', 'none', true)`);
  const result = await work();
  await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
  return result;
}

/**
 * The account with this email, created with this display name and password hash when there
 * is none. An existing account keeps its own name and password: an administrator of one
 * organisation never resets the credentials of a person another organisation also knows.
 */
export async function findOrCreateAccount(
  tx: Database,
  account: { email: string; displayName: string; passwordHash: string },
  now: Date,
) {
  return asSystemRole(tx, async () => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, account.email));
    if (existing) return { userId: existing.id, isNewAccount: false };
    const [created] = await tx
      .insert(users)
      .values({ ...account, mustChangePassword: true, createdAt: now, updatedAt: now })
      .returning({ id: users.id });
    if (!created) throw new Error("user was not created");
    return { userId: created.id, isNewAccount: true };
  });
}

/** Whether the account also belongs to an organisation other than this one (seen as the system role). */
export async function hasMembershipElsewhere(tx: Database, organisationId: string, userId: string): Promise<boolean> {
  return asSystemRole(tx, async () => {
    const [row] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), sql`${memberships.organisationId} <> ${organisationId}`))
      .limit(1);
    return row !== undefined;
  });
}

export async function findMembership(db: Database, organisationId: string, userId: string) {
  const [row] = await db
    .select({ id: memberships.id, role: memberships.role, active: memberships.active })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row;
}

/** Ends a user's sessions in one organisation (her sessions elsewhere are not this one's to end). */
export async function endSessionsInOrganisation(db: Database, organisationId: string, userId: string): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.organisationId, organisationId), eq(sessions.userId, userId)))
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}
