import { and, closures, consents, type Database, desc, eq, inArray, isNull } from "@gesim/db";

/** Her current closure (the latest, not reopened), or undefined when her case is not closed. */
export async function currentClosure(db: Database, organisationId: string, clientId: string) {
  const [row] = await db
    .select({
      id: closures.id,
      closedOn: closures.closedOn,
      followUpOn: closures.followUpOn,
      followUpDoneOn: closures.followUpDoneOn,
    })
    .from(closures)
    .where(
      and(eq(closures.organisationId, organisationId), eq(closures.clientId, clientId), isNull(closures.reopenedOn)),
    )
    .orderBy(desc(closures.closedOn))
    .limit(1);
  return row;
}

/**
 * The consents to be contacted after closure of these women (withdrawn and expired ones
 * included: core decides), as stored. One query for the task inbox's many or her one.
 */
export async function followUpConsentsOf(db: Database, organisationId: string, clientIds: readonly string[]) {
  if (clientIds.length === 0) return [];
  return db
    .select({
      clientId: consents.clientId,
      purpose: consents.purpose,
      givenOn: consents.givenOn,
      withdrawnOn: consents.withdrawnOn,
      expiresOn: consents.expiresOn,
    })
    .from(consents)
    .where(
      and(
        eq(consents.organisationId, organisationId),
        inArray(consents.clientId, [...clientIds]),
        eq(consents.purpose, "follow-up-contact"),
      ),
    );
}

/** Her consents to be contacted after closure, as core's consent checks take them. */
export async function followUpConsents(db: Database, organisationId: string, clientId: string) {
  const rows = await followUpConsentsOf(db, organisationId, [clientId]);
  return rows.map((row) => ({
    purpose: row.purpose,
    givenOn: row.givenOn,
    withdrawnOn: row.withdrawnOn ?? undefined,
    expiresOn: row.expiresOn ?? undefined,
  }));
}

export async function setClosureFollowUp(
  db: Database,
  closureId: string,
  values: { followUpOn?: string | null; followUpDoneOn?: string | null },
  now: Date,
) {
  await db
    .update(closures)
    .set({ ...values, updatedAt: now })
    .where(eq(closures.id, closureId));
}
