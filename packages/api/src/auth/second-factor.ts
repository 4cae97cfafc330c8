import type { Role } from "@gesim/core";
import { and, type Database, eq, memberships, organisations } from "@gesim/db";

export { type SecondFactor, secondFactorNeeded } from "@gesim/core";

/** Her organisation's two-step roles and her own enrolment approval (her session's membership). */
export async function loadTwoStepPolicy(db: Database, organisationId: string, userId: string) {
  const [row] = await db
    .select({ requiredRoles: organisations.totpRequiredRoles, approvedUntil: memberships.totpEnrolmentApprovedUntil })
    .from(organisations)
    .innerJoin(memberships, and(eq(memberships.organisationId, organisations.id), eq(memberships.userId, userId)))
    .where(eq(organisations.id, organisationId));
  return { requiredRoles: (row?.requiredRoles ?? []) as Role[], approvedUntil: row?.approvedUntil ?? null };
}
