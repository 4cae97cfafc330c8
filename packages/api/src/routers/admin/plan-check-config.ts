import { PlanCheckConfigSchema, VersionSchema } from "@gesim/core";
import { and, eq, organisations, sql } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { loadPlanCheckConfig } from "../../queries/plan-check-config.ts";
import { organisationProcedure } from "../../trpc.ts";

/**
 * The windows and limits the plan checks and the indicators use (core PlanCheckConfigSchema):
 * country rules and programme choices are configuration, never hard-coded (domain.md §3.2).
 * Managers and admins of the organisation read and set them; the organisation's version guards
 * concurrent edits. Each field is bounded by core's schema (whole days, 0–365).
 */
export const planCheckConfigRouter = {
  get: organisationProcedure("admin", "manager")
    .input(z.void())
    .query(async ({ ctx }) => {
      const { organisationId } = ctx.session;
      const [row] = await ctx.db
        .select({ version: organisations.version })
        .from(organisations)
        .where(eq(organisations.id, organisationId));
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      return { config: await loadPlanCheckConfig(ctx.db, organisationId), version: row.version };
    }),

  update: organisationProcedure("admin", "manager")
    .input(z.object({ config: PlanCheckConfigSchema, version: VersionSchema }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const [row] = await ctx.db
        .update(organisations)
        .set({ planCheckConfig: input.config, version: sql`${organisations.version} + 1`, updatedAt: ctx.now })
        .where(and(eq(organisations.id, organisationId), eq(organisations.version, input.version)))
        .returning({ config: organisations.planCheckConfig, version: organisations.version });
      if (!row) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "admin.planChecks.update",
          entityType: "organisation",
          entityId: organisationId,
        },
        ctx.now,
      );
      return { config: PlanCheckConfigSchema.parse(row.config), version: row.version };
    }),
} satisfies TRPCRouterRecord;
