import { OrganisationSettingsSchema, RetentionPolicySchema, roundingFor, VersionSchema } from "@gesim/core";
import { and, eq, organisations, sql } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { isUniqueViolation } from "../../queries/database-errors.ts";
import { organisationProcedure } from "../../trpc.ts";

const settingsColumns = {
  id: organisations.id,
  name: organisations.name,
  totpRequiredRoles: organisations.totpRequiredRoles,
  disclosureThreshold: organisations.disclosureThreshold,
  country: organisations.country,
  timeZone: organisations.timeZone,
  retainNotesMonths: organisations.retainNotesMonths,
  retainIdentityMonths: organisations.retainIdentityMonths,
  version: organisations.version,
};

/** The caller's own organisation's settings (there is no other organisation for her). */
export const organisationRouter = {
  get: organisationProcedure("admin", "manager")
    .input(z.void())
    .query(async ({ ctx }) => {
      const [row] = await ctx.db
        .select(settingsColumns)
        .from(organisations)
        .where(eq(organisations.id, ctx.session.organisationId));
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      return { ...row, disclosureRounding: roundingFor(row.disclosureThreshold) };
    }),

  update: organisationProcedure("admin")
    .input(OrganisationSettingsSchema.extend({ version: VersionSchema }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const { version, ...settings } = input;
      const [row] = await ctx.db
        .update(organisations)
        .set({ ...settings, version: sql`${organisations.version} + 1`, updatedAt: ctx.now })
        .where(and(eq(organisations.id, organisationId), eq(organisations.version, version)))
        .returning(settingsColumns)
        .catch((error: unknown) => {
          // Another organisation's name (any case): staff would not know which is which.
          if (isUniqueViolation(error))
            throw new TRPCError({ code: "CONFLICT", message: "organisation.error.nameTaken", cause: error });
          throw error;
        });
      if (!row) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "admin.organisation.update",
          entityType: "organisation",
          entityId: organisationId,
        },
        ctx.now,
      );
      return row;
    }),

  /** The retention policy (issue 7): months after closure until notes / identity are deleted. Versioned. */
  setRetention: organisationProcedure("admin", "manager")
    .input(RetentionPolicySchema.extend({ version: VersionSchema }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const { version, ...policy } = input;
      const [row] = await ctx.db
        .update(organisations)
        .set({ ...policy, version: sql`${organisations.version} + 1`, updatedAt: ctx.now })
        .where(and(eq(organisations.id, organisationId), eq(organisations.version, version)))
        .returning(settingsColumns);
      if (!row) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "admin.organisation.setRetention",
          entityType: "organisation",
          entityId: organisationId,
        },
        ctx.now,
      );
      return row;
    }),
} satisfies TRPCRouterRecord;
