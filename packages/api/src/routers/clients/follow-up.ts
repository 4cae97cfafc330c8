import { addDays, checkConsent, FOLLOW_UP_MAX_DAYS_AHEAD, followUpProblem, IsoDateSchema } from "@gesim/core";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { organisationToday } from "../../organisation-today.ts";
import { currentClosure, followUpConsents, setClosureFollowUp } from "../../queries/follow-up.ts";
import { clientProcedure } from "../../trpc.ts";

function notClosed(): TRPCError {
  return new TRPCError({ code: "PRECONDITION_FAILED", message: "clients.error.followUpNeedsClosedCase" });
}

/**
 * A follow-up contact after her case is closed (issue 21 "Closure and follow-up"): planned on
 * her current closure only with her consent to be contacted then (consent purpose
 * "follow-up-contact"); it appears in "My work" when due (core `inboxTasks`) and is marked made.
 * Her caseworker, caseworkers she is shared with and managers. Audited.
 */
export const followUpRouter = {
  get: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid() }).strict())
    .query(async ({ ctx, input }) => {
      const { organisationId } = ctx.session;
      const closure = await currentClosure(ctx.db, organisationId, input.clientId);
      if (!closure) return null;
      const consents = await followUpConsents(ctx.db, organisationId, input.clientId);
      return {
        closedOn: closure.closedOn,
        followUpOn: closure.followUpOn,
        followUpDoneOn: closure.followUpDoneOn,
        hasConsent: checkConsent(consents, "follow-up-contact", organisationToday(ctx)).ok,
      };
    }),

  /** Plans (or, with null, cancels) the follow-up contact of her closed case. */
  set: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), followUpOn: IsoDateSchema.nullable() }).strict())
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const closure = await currentClosure(ctx.db, organisationId, input.clientId);
      if (!closure) throw notClosed();
      if (input.followUpOn !== null) {
        const today = organisationToday(ctx);
        if (input.followUpOn < today || input.followUpOn > addDays(today, FOLLOW_UP_MAX_DAYS_AHEAD))
          throw new TRPCError({ code: "BAD_REQUEST", message: "clients.error.followUpDate" });
        const problem = followUpProblem(
          closure.closedOn,
          input.followUpOn,
          await followUpConsents(ctx.db, organisationId, input.clientId),
        );
        if (problem) throw new TRPCError({ code: "PRECONDITION_FAILED", message: problem });
      }
      await setClosureFollowUp(ctx.db, closure.id, { followUpOn: input.followUpOn, followUpDoneOn: null }, ctx.now);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "clients.followUp.set",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      return { followUpOn: input.followUpOn };
    }),

  /** The follow-up contact was made (or offered and she declined it): it leaves "My work". */
  done: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid() }).strict())
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const closure = await currentClosure(ctx.db, organisationId, input.clientId);
      if (!closure) throw notClosed();
      if (closure.followUpOn === null || closure.followUpDoneOn !== null)
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "clients.error.noFollowUp" });
      const today = organisationToday(ctx);
      await setClosureFollowUp(ctx.db, closure.id, { followUpDoneOn: today }, ctx.now);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "clients.followUp.done",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      return { followUpDoneOn: today };
    }),
} satisfies TRPCRouterRecord;
