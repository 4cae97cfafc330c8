import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { answerInvitation, findOpenInvitations } from "../queries/invitations.ts";
import { sessionProcedure } from "../trpc.ts";

/**
 * Her invitations from other organisations (issue 17): she sees the organisation's name and
 * the role offered, and accepts or declines after signing in. Only her own; any role.
 */
export const accountInvitationsRouter = {
  list: sessionProcedure.query(({ ctx }) => findOpenInvitations(ctx.db, ctx.session.userId, ctx.now)),

  /**
   * Accepting needs the code the inviting organisation handed her. Another person's
   * invitation, one already answered, withdrawn or expired, or a wrong code, answers nothing.
   */
  answer: sessionProcedure
    .input(z.object({ invitationId: z.uuid(), accept: z.boolean(), code: z.string().trim().max(40).optional() }))
    .mutation(({ ctx, input }) => answerInvitation(ctx.db, { userId: ctx.session.userId, ...input }, ctx.now)),
} satisfies TRPCRouterRecord;
