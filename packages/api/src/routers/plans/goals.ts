import { and, count, eq, goals } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { FieldCipher } from "../../crypto/field-cipher.ts";
import { goalNarrativeColumns, narrativeReader } from "../../crypto/narrative.ts";
import { toPlanGoal } from "../../queries/plans.ts";
import { clientProcedure } from "../../trpc.ts";
import { auditPlan, bumpPlan, type PlanCtx } from "./plan-row.ts";
import { type GoalFields, GoalFieldsSchema, PlanRefSchema } from "./schemas.ts";

/** Core's PlanSchema limit. */
const MAX_GOALS = 50;

/** Columns of a goal: her wording and the scale descriptions encrypted, the facts plain. */
function columnsOf(cipher: FieldCipher, goal: GoalFields) {
  const { position, gasLevels, text, ...rest } = goal;
  return {
    ...rest,
    ...goalNarrativeColumns(cipher, { text, gasLevels }),
    ...(position === undefined ? {} : { position }),
  };
}

function ofPlan(ctx: PlanCtx, planId: string, goalId: string) {
  return and(eq(goals.id, goalId), eq(goals.planId, planId), eq(goals.organisationId, ctx.session.organisationId));
}

const notFound = () => new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });

/** Adds a goal (in her own words) to the plan at `version`. Caseworker and manager. */
export const addGoal = clientProcedure("caseworker", "manager")
  .input(PlanRefSchema.extend({ goal: GoalFieldsSchema }))
  .mutation(async ({ ctx, input }) => {
    const plan = await bumpPlan(ctx, input);
    const [existing] = await ctx.db.select({ n: count() }).from(goals).where(eq(goals.planId, plan.id));
    if ((existing?.n ?? 0) >= MAX_GOALS) throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput" });
    const [row] = await ctx.db
      .insert(goals)
      .values({
        ...columnsOf(ctx.cipher, input.goal),
        organisationId: plan.organisationId,
        planId: plan.id,
        clientId: plan.clientId,
      })
      .returning();
    if (!row) throw notFound();
    await auditPlan(ctx, "plans.addGoal", plan.id);
    return { version: plan.version, goal: toPlanGoal(row, narrativeReader(ctx.cipher)) };
  });

/** Replaces one goal's fields (text, domain, GAS levels and current level, weight). Caseworker and manager. */
export const updateGoal = clientProcedure("caseworker", "manager")
  .input(PlanRefSchema.extend({ goalId: z.uuid(), goal: GoalFieldsSchema }))
  .mutation(async ({ ctx, input }) => {
    const plan = await bumpPlan(ctx, input);
    const [row] = await ctx.db
      .update(goals)
      .set({ ...columnsOf(ctx.cipher, input.goal), updatedAt: ctx.now })
      .where(ofPlan(ctx, plan.id, input.goalId))
      .returning();
    if (!row) throw notFound();
    await auditPlan(ctx, "plans.updateGoal", plan.id);
    return { version: plan.version, goal: toPlanGoal(row, narrativeReader(ctx.cipher)) };
  });

/** Removes a goal; its actions stay in the plan without a goal. Caseworker and manager. */
export const removeGoal = clientProcedure("caseworker", "manager")
  .input(PlanRefSchema.extend({ goalId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const plan = await bumpPlan(ctx, input);
    const [row] = await ctx.db
      .delete(goals)
      .where(ofPlan(ctx, plan.id, input.goalId))
      .returning({ id: goals.id });
    if (!row) throw notFound();
    await auditPlan(ctx, "plans.removeGoal", plan.id);
    return { version: plan.version };
  });
