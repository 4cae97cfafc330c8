import { and, closures, consents, type Database, desc, eq, isNull } from "@gesim/db";

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

/** Her consents to be contacted after closure (withdrawn and expired ones included: core decides). */
export async function followUpConsents(db: Database, organisationId: string, clientId: string) {
  const rows = await db
    .select({
      purpose: consents.purpose,
      givenOn: consents.givenOn,
      withdrawnOn: consents.withdrawnOn,
      expiresOn: consents.expiresOn,
    })
    .from(consents)
    .where(
      and(
        eq(consents.organisationId, organisationId),
        eq(consents.clientId, clientId),
        eq(consents.purpose, "follow-up-contact"),
      ),
    );
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
