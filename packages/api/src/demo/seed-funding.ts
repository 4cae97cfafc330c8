// The demo funding relationship (issue 6): "Demo integration fund" over both demo
// organisations (the demo funder holds a funder membership in each), with the demo funder as its member and no differential privacy (small-cell
// control only), so the funder view shows real numbers for large groups and suppression for
// small ones. Deterministic: fixed id, fixed members.
import {
  type Database,
  fundingRelationshipMembers,
  fundingRelationshipOrganisations,
  fundingRelationships,
  memberships,
  sql,
} from "@gesim/db";

export const DEMO_RELATIONSHIP_ID = "6a7d0c2e-5b1f-4e8a-9c3d-2f1e0b9a8c71";
export const DEMO_RELATIONSHIP_NAME = "Demo integration fund";

export async function seedFunding(
  tx: Database,
  { organisationIds, funderUserIds }: { organisationIds: readonly string[]; funderUserIds: readonly string[] },
): Promise<void> {
  await tx
    .insert(fundingRelationships)
    .values({ id: DEMO_RELATIONSHIP_ID, name: DEMO_RELATIONSHIP_NAME, epsilonPerPeriod: null });
  await tx
    .insert(fundingRelationshipOrganisations)
    .values(organisationIds.map((organisationId) => ({ relationshipId: DEMO_RELATIONSHIP_ID, organisationId })));
  if (funderUserIds.length === 0) return;
  await tx
    .insert(fundingRelationshipMembers)
    .values(funderUserIds.map((userId) => ({ relationshipId: DEMO_RELATIONSHIP_ID, userId })));
  // A release covers only the organisations where the funder holds a funder membership (ADR 009):
  // the other demo organisations grant her one. Created a second later, so she still signs in to her own.
  const grants = organisationIds.slice(1).flatMap((organisationId) =>
    funderUserIds.map((userId) => ({
      organisationId,
      userId,
      role: "funder" as const,
      createdAt: sql`now() + interval '1 second'`,
    })),
  );
  if (grants.length > 0) await tx.insert(memberships).values(grants).onConflictDoNothing();
}
