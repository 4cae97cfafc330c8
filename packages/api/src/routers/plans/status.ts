import { openGapsRefusal } from "@gesim/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { clientProcedure } from "../../trpc.ts";
import { decidablePlan } from "./approval.ts";
import { auditPlan, bumpPlan, PLAN_TRANSITIONS, planView } from "./plan-row.ts";
import { PlanRefSchema } from "./schemas.ts";

export const RETURN_COMMENT_MAX_LENGTH = 2000;

/** Draft or returned → submitted, for a manager's approval. Caseworker and manager. */
export const submitPlan = clientProcedure("caseworker", "manager")
  .input(PlanRefSchema)
  .mutation(async ({ ctx, input }) => {
    const { from, to } = PLAN_TRANSITIONS.submit;
    const row = await bumpPlan(ctx, input, { status: to, submittedAt: ctx.now }, from);
    await auditPlan(ctx, "plans.submit", row.id);
    return planView(ctx.cipher, row);
  });

/**
 * Submitted → approved, or an approved plan changed since approved again; what is approved is
 * kept on the plan (goals and steps by id, her agreement). A plan that leaves principles unmet
 * is approved only with `confirmOpenGaps` (PRECONDITION_FAILED otherwise), and the audit
 * records that the manager confirmed them. Manager only.
 */
export const approvePlan = clientProcedure("manager")
  .input(PlanRefSchema.extend({ confirmOpenGaps: z.boolean().default(false) }))
  .mutation(async ({ ctx, input }) => {
    const { from, to } = PLAN_TRANSITIONS.approve;
    const { content: approvedContent, unmet } = await decidablePlan(ctx, input);
    const gapsRefusal = openGapsRefusal(unmet, input.confirmOpenGaps);
    if (gapsRefusal) throw new TRPCError({ code: "PRECONDITION_FAILED", message: gapsRefusal });
    const row = await bumpPlan(
      ctx,
      input,
      { status: to, decidedBy: ctx.session.userId, decidedAt: ctx.now, returnComment: null, approvedContent },
      from,
    );
    await auditPlan(ctx, "plans.approve", row.id);
    if (unmet.length > 0) {
      const { organisationId, userId } = ctx.session;
      const event = { organisationId, actorUserId: userId, entityType: "plan" as const, entityId: row.id };
      await recordAudit(ctx.db, { ...event, action: "plans.approveWithOpenGaps" }, ctx.now);
    }
    return planView(ctx.cipher, row);
  });

/**
 * Submitted (or approved and changed since) → returned, with a comment saying what to change
 * (stored encrypted). Manager only.
 */
export const returnPlan = clientProcedure("manager")
  .input(PlanRefSchema.extend({ comment: z.string().trim().min(1).max(RETURN_COMMENT_MAX_LENGTH) }))
  .mutation(async ({ ctx, input }) => {
    const { from, to } = PLAN_TRANSITIONS.return;
    await decidablePlan(ctx, input);
    const returnComment = ctx.cipher.encrypt(input.comment);
    const row = await bumpPlan(
      ctx,
      input,
      { status: to, decidedBy: ctx.session.userId, decidedAt: ctx.now, returnComment },
      from,
    );
    await auditPlan(ctx, "plans.return", row.id);
    return planView(ctx.cipher, row);
  });
