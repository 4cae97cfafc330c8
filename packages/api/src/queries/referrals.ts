import { actions, and, type Database, eq, referrals } from "@gesim/db";

/** One referral of one client of the organisation, or undefined. */
export async function findReferral(db: Database, organisationId: string, clientId: string, referralId: string) {
  const [row] = await db
    .select({ id: referrals.id, status: referrals.status, version: referrals.version })
    .from(referrals)
    .where(
      and(eq(referrals.id, referralId), eq(referrals.clientId, clientId), eq(referrals.organisationId, organisationId)),
    );
  return row;
}

/** A plan action of this client (a referral may be made from it), or undefined. */
export async function findClientAction(db: Database, organisationId: string, clientId: string, actionId: string) {
  const [row] = await db
    .select({ id: actions.id, providerId: actions.providerId })
    .from(actions)
    .where(and(eq(actions.id, actionId), eq(actions.clientId, clientId), eq(actions.organisationId, organisationId)));
  return row;
}
