import { plans } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { clientProcedure } from "../../trpc.ts";
import { auditPlan, bumpPlan, planView } from "./plan-row.ts";
import { PlanFieldsSchema, PlanRefSchema } from "./schemas.ts";

/** Starts her plan as a draft: one plan per client, a second one is CONFLICT. Caseworker and manager. */
export const createPlan = clientProcedure("caseworker", "manager")
  .input(z.object({ clientId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .insert(plans)
      .values({ organisationId: ctx.session.organisationId, clientId: input.clientId })
      .onConflictDoNothing({ target: plans.clientId })
      .returning();
    if (!row) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
    await auditPlan(ctx, "plans.create", row.id);
    return planView(ctx.cipher, row);
  });

/**
 * Replaces the plan's own fields (her agreement and its date, conditions imposed, her
 * accommodation, last safety review) if `version` is still current; otherwise CONFLICT.
 * Caseworker and manager.
 */
export const updatePlan = clientProcedure("caseworker", "manager")
  .input(PlanRefSchema.extend({ fields: PlanFieldsSchema }))
  .mutation(async ({ ctx, input }) => {
    const row = await bumpPlan(ctx, input, input.fields);
    await auditPlan(ctx, "plans.update", row.id);
    return planView(ctx.cipher, row);
  });
