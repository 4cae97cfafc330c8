import type { Role } from "@gesim/core";
import { and, asc, type Database, eq, gt, memberships, organisations, staffInvitations } from "@gesim/db";
import { recordAudit } from "../audit/record-audit.ts";
import { asSystemRole } from "./staff.ts";

/** How long an invitation stays open. */
export const INVITATION_DAYS = 14;

/**
 * Invites the account with this address to the organisation (or renews the pending
 * invitation with the new role): she becomes a member only by accepting it.
 */
export async function inviteAccount(
  db: Database,
  invitation: { organisationId: string; userId: string; email: string; role: Role; invitedByUserId: string },
  now: Date,
): Promise<string> {
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const [pending] = await db
    .update(staffInvitations)
    .set({ role: invitation.role, expiresAt, invitedByUserId: invitation.invitedByUserId, updatedAt: now })
    .where(
      and(
        eq(staffInvitations.organisationId, invitation.organisationId),
        eq(staffInvitations.userId, invitation.userId),
        eq(staffInvitations.status, "pending"),
      ),
    )
    .returning({ id: staffInvitations.id });
  if (pending) return pending.id;
  const [created] = await db
    .insert(staffInvitations)
    .values({ ...invitation, expiresAt, createdAt: now, updatedAt: now })
    .returning({ id: staffInvitations.id });
  if (!created) throw new Error("invitation was not created");
  return created.id;
}

/**
 * Her open invitations from any organisation, read as the system role (row-level security shows
 * each organisation only its own): the organisation's name and the role offered.
 */
export async function findOpenInvitations(db: Database, userId: string, now: Date) {
  return asSystemRole(db, () =>
    db
      .select({
        invitationId: staffInvitations.id,
        organisationName: organisations.name,
        role: staffInvitations.role,
        expiresAt: staffInvitations.expiresAt,
      })
      .from(staffInvitations)
      .innerJoin(organisations, eq(organisations.id, staffInvitations.organisationId))
      .where(
        and(
          eq(staffInvitations.userId, userId),
          eq(staffInvitations.status, "pending"),
          gt(staffInvitations.expiresAt, now),
        ),
      )
      .orderBy(asc(staffInvitations.createdAt))
      .limit(50),
  );
}

/**
 * Accepts or declines one of HER open invitations (another person's id, or a closed one,
 * answers nothing). Accepting makes her a member with the role offered; the inviting
 * organisation's audit trail records her answer.
 */
export async function answerInvitation(
  db: Database,
  answer: { userId: string; invitationId: string; accept: boolean },
  now: Date,
): Promise<{ answered: boolean }> {
  return asSystemRole(db, async () => {
    const [invitation] = await db
      .update(staffInvitations)
      .set({ status: answer.accept ? "accepted" : "declined", respondedAt: now, updatedAt: now })
      .where(
        and(
          eq(staffInvitations.id, answer.invitationId),
          eq(staffInvitations.userId, answer.userId),
          eq(staffInvitations.status, "pending"),
          gt(staffInvitations.expiresAt, now),
        ),
      )
      .returning({ organisationId: staffInvitations.organisationId, role: staffInvitations.role });
    if (!invitation) return { answered: false };
    if (answer.accept)
      await db
        .insert(memberships)
        .values({
          organisationId: invitation.organisationId,
          userId: answer.userId,
          role: invitation.role,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing();
    await recordAudit(
      db,
      {
        organisationId: invitation.organisationId,
        actorUserId: answer.userId,
        action: answer.accept ? "account.invitation.accept" : "account.invitation.decline",
        entityType: "invitation",
        entityId: answer.invitationId,
      },
      now,
    );
    return { answered: true };
  });
}
