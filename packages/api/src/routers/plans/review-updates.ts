// The plan changes a review may carry (action statuses with barriers, GAS levels of goals),
// applied in the review's transaction under the plan's optimistic version.
import { ACTION_STATUSES, BARRIER_REASONS, GasLevelSchema, PlanActionSchema, VersionSchema } from "@gesim/core";
import { actions, and, eq, goals, inArray } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { barrierNoteColumns, NARRATIVE_NOT_READ } from "../../crypto/narrative.ts";
import { toPlanAction } from "../../queries/plans.ts";
import { bumpPlan, type PlanCtx } from "./plan-row.ts";

export const ReviewPlanUpdatesSchema = z.object({
  planId: z.uuid(),
  version: VersionSchema,
  actionUpdates: z
    .array(
      z.object({
        actionId: z.uuid(),
        status: z.enum(ACTION_STATUSES),
        barrierReason: z.enum(BARRIER_REASONS).optional(),
        barrierNote: PlanActionSchema.shape.barrierNote,
      }),
    )
    .max(200)
    .default([]),
  goalUpdates: z
    .array(z.object({ goalId: z.uuid(), currentGasLevel: GasLevelSchema }))
    .max(50)
    .default([]),
});
export type ReviewPlanUpdates = z.infer<typeof ReviewPlanUpdatesSchema>;
export type ReviewPlanUpdatesInput = z.input<typeof ReviewPlanUpdatesSchema>;

const notFound = () => new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });

/** Applies the updates (one read of the actions concerned, one write per changed row); returns the new plan version. */
export async function applyReviewPlanUpdates(
  ctx: PlanCtx,
  clientId: string,
  updates: ReviewPlanUpdates,
  today: string,
): Promise<number> {
  const plan = await bumpPlan(ctx, { clientId, planId: updates.planId, version: updates.version });
  const scope = (table: typeof actions | typeof goals) =>
    and(eq(table.planId, plan.id), eq(table.organisationId, ctx.session.organisationId));
  const ids = updates.actionUpdates.map((u) => u.actionId);
  const current = ids.length
    ? await ctx.db
        .select()
        .from(actions)
        .where(and(scope(actions), inArray(actions.id, ids)))
    : [];
  for (const update of updates.actionUpdates) {
    const row = current.find((a) => a.id === update.actionId);
    if (!row) throw notFound();
    const isBlocked = update.status === "blocked";
    const merged = {
      // Only the status and barrier change: the step's own text is not read (a stand-in passes the schema).
      ...toPlanAction(row, NARRATIVE_NOT_READ),
      status: update.status,
      barrierReason: isBlocked ? update.barrierReason : undefined,
      barrierNote: isBlocked ? update.barrierNote : undefined,
    };
    const checked = PlanActionSchema.safeParse(merged);
    if (!checked.success)
      throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput", cause: checked.error });
    const startedOn = row.startedOn ?? (update.status === "in-progress" || update.status === "done" ? today : null);
    const completedOn = update.status === "done" ? (row.completedOn ?? today) : null;
    const set = {
      status: update.status,
      barrierReason: merged.barrierReason ?? null,
      ...barrierNoteColumns(ctx.cipher, merged.barrierNote),
      startedOn,
      completedOn,
      updatedAt: ctx.now,
    };
    await ctx.db
      .update(actions)
      .set(set)
      .where(and(scope(actions), eq(actions.id, row.id)));
  }
  for (const update of updates.goalUpdates) {
    const [row] = await ctx.db
      .update(goals)
      .set({ currentGasLevel: update.currentGasLevel, updatedAt: ctx.now })
      .where(and(scope(goals), eq(goals.id, update.goalId)))
      .returning({ id: goals.id });
    if (!row) throw notFound();
  }
  return plan.version;
}
