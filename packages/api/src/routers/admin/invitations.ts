import { and, desc, eq, staffInvitations } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { organisationProcedure } from "../../trpc.ts";

/**
 * The organisation's invitations to people whose accounts other organisations already use:
 * only the address its administrator typed, the role offered and where it stands.
 */
export const invitationsRouter = {
  list: organisationProcedure("admin", "manager")
    .input(z.void())
    .query(async ({ ctx }) =>
      ctx.db
        .select({
          invitationId: staffInvitations.id,
          email: staffInvitations.email,
          role: staffInvitations.role,
          status: staffInvitations.status,
          createdAt: staffInvitations.createdAt,
          expiresAt: staffInvitations.expiresAt,
        })
        .from(staffInvitations)
        .where(eq(staffInvitations.organisationId, ctx.session.organisationId))
        .orderBy(desc(staffInvitations.createdAt))
        .limit(100),
    ),

  /** Withdraws a pending invitation: she can no longer accept it. */
  withdraw: organisationProcedure("admin")
    .input(z.object({ invitationId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const [row] = await ctx.db
        .update(staffInvitations)
        .set({ status: "withdrawn", respondedAt: ctx.now, updatedAt: ctx.now })
        .where(
          and(
            eq(staffInvitations.id, input.invitationId),
            eq(staffInvitations.organisationId, organisationId),
            eq(staffInvitations.status, "pending"),
          ),
        )
        .returning({ invitationId: staffInvitations.id });
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "admin.invitations.withdraw",
          entityType: "invitation",
          entityId: input.invitationId,
        },
        ctx.now,
      );
      return row;
    }),
} satisfies TRPCRouterRecord;
