import { isStepInPlan } from "@gesim/core";
import { actions, and, count, eq, plans } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { FieldCipher } from "../../crypto/field-cipher.ts";
import { actionNarrativeColumns, NARRATIVE_NOT_READ, narrativeReader } from "../../crypto/narrative.ts";
import { organisationToday } from "../../organisation-today.ts";
import { type ActionRow, toPlanAction } from "../../queries/plans.ts";
import { clientProcedure } from "../../trpc.ts";
import { assertActionReferences, auditPlan, bumpPlan, type PlanCtx } from "./plan-row.ts";
import { type ActionFields, ActionFieldsSchema, PlanRefSchema } from "./schemas.ts";

/** Core's PlanSchema limit. */
const MAX_ACTIONS = 200;

/** Columns from core's action, its free text and barrier note encrypted; the start and completion dates follow the status. */
function columnsOf(
  cipher: FieldCipher,
  action: ActionFields,
  today: string,
  previous?: Pick<ActionRow, "startedOn" | "completedOn">,
) {
  const { actionId, responsibleWorkerId, position, freeText, barrierNote, ...rest } = action;
  const isBlocked = action.status === "blocked";
  return {
    ...rest,
    catalogueActionId: actionId ?? null,
    ...actionNarrativeColumns(cipher, { freeText, barrierNote: isBlocked ? barrierNote : null }),
    providerId: action.providerId ?? null,
    responsibleUserId: responsibleWorkerId ?? null,
    goalId: action.goalId ?? null,
    dueDate: action.dueDate ?? null,
    barrierReason: isBlocked ? (action.barrierReason ?? null) : null,
    startedOn: previous?.startedOn ?? (action.status === "in-progress" || action.status === "done" ? today : null),
    completedOn: action.status === "done" ? (previous?.completedOn ?? today) : null,
    ...(position === undefined ? {} : { position }),
  };
}

function ofPlan(ctx: PlanCtx, planId: string, actionId: string) {
  return and(
    eq(actions.id, actionId),
    eq(actions.planId, planId),
    eq(actions.organisationId, ctx.session.organisationId),
  );
}

const notFound = () => new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
const today = (ctx: PlanCtx) => organisationToday(ctx);

/** The step of a repeated suggestion click, if it is in the plan already (core decides what counts). */
async function suggestedStepInPlan(ctx: PlanCtx, clientId: string, planId: string, actionId: string) {
  const [plan] = await ctx.db
    .select({ version: plans.version })
    .from(plans)
    .where(
      and(eq(plans.id, planId), eq(plans.clientId, clientId), eq(plans.organisationId, ctx.session.organisationId)),
    );
  if (!plan) throw notFound();
  const rows = await ctx.db
    .select()
    .from(actions)
    .where(
      and(
        eq(actions.planId, planId),
        eq(actions.organisationId, ctx.session.organisationId),
        eq(actions.catalogueActionId, actionId),
      ),
    );
  const steps = rows.map((row) => toPlanAction(row, NARRATIVE_NOT_READ));
  if (!isStepInPlan(steps, actionId)) return null;
  const step = rows.find((a) => a.status !== "blocked" && a.status !== "cancelled");
  return step ? { version: plan.version, action: toPlanAction(step, narrativeReader(ctx.cipher)) } : null;
}

/** Adds a step (catalogue action or free text) to the plan at `version`. Caseworker and manager. */
export const addAction = clientProcedure("caseworker", "manager")
  .input(
    PlanRefSchema.extend({
      action: ActionFieldsSchema,
      /** From a one-click suggestion: a catalogue step already in the plan is not added again. */
      fromSuggestion: z.boolean().optional(),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    if (input.fromSuggestion && input.action.actionId) {
      const existing = await suggestedStepInPlan(ctx, input.clientId, input.planId, input.action.actionId);
      if (existing) return existing;
    }
    const plan = await bumpPlan(ctx, input);
    await assertActionReferences(ctx, plan.id, input.action);
    const [existing] = await ctx.db.select({ n: count() }).from(actions).where(eq(actions.planId, plan.id));
    if ((existing?.n ?? 0) >= MAX_ACTIONS) throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput" });
    const [row] = await ctx.db
      .insert(actions)
      .values({
        ...columnsOf(ctx.cipher, input.action, today(ctx)),
        organisationId: plan.organisationId,
        planId: plan.id,
        clientId: plan.clientId,
      })
      .returning();
    if (!row) throw notFound();
    await auditPlan(ctx, "plans.addAction", plan.id);
    return { version: plan.version, action: toPlanAction(row, narrativeReader(ctx.cipher)) };
  });

/** Replaces one action's fields, e.g. its status with the barrier that blocks it. Caseworker and manager. */
export const updateAction = clientProcedure("caseworker", "manager")
  .input(PlanRefSchema.extend({ actionId: z.uuid(), action: ActionFieldsSchema }))
  .mutation(async ({ ctx, input }) => {
    const plan = await bumpPlan(ctx, input);
    await assertActionReferences(ctx, plan.id, input.action);
    const [previous] = await ctx.db
      .select()
      .from(actions)
      .where(ofPlan(ctx, plan.id, input.actionId));
    if (!previous) throw notFound();
    const [row] = await ctx.db
      .update(actions)
      .set({ ...columnsOf(ctx.cipher, input.action, today(ctx), previous), updatedAt: ctx.now })
      .where(ofPlan(ctx, plan.id, input.actionId))
      .returning();
    if (!row) throw notFound();
    await auditPlan(ctx, "plans.updateAction", plan.id);
    return { version: plan.version, action: toPlanAction(row, narrativeReader(ctx.cipher)) };
  });

/** Removes an action from the plan. Caseworker and manager. */
export const removeAction = clientProcedure("caseworker", "manager")
  .input(PlanRefSchema.extend({ actionId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const plan = await bumpPlan(ctx, input);
    const [row] = await ctx.db
      .delete(actions)
      .where(ofPlan(ctx, plan.id, input.actionId))
      .returning({ id: actions.id });
    if (!row) throw notFound();
    await auditPlan(ctx, "plans.removeAction", plan.id);
    return { version: plan.version };
  });
