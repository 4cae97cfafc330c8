import {
  CountryRulesSchema,
  disclosureRoundingOf,
  OrganisationSettingsSchema,
  RetentionPolicySchema,
  readCountryRules,
  roundingFor,
  roundingProblem,
  VersionSchema,
} from "@gesim/core";
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
  disclosureRounding: organisations.disclosureRounding,
  country: organisations.country,
  countryRules: organisations.countryRules,
  timeZone: organisations.timeZone,
  retainNotesMonths: organisations.retainNotesMonths,
  retainIdentityMonths: organisations.retainIdentityMonths,
  version: organisations.version,
};

/** The settings as the pages show them: the rounding in force and the default, the country rules parsed. */
function shown<Row extends { disclosureThreshold: number; disclosureRounding: number | null; countryRules: unknown }>(
  row: Row,
) {
  return {
    ...row,
    countryRules: readCountryRules(row.countryRules),
    /** The rounding the administrator set, or null when the default applies. */
    disclosureRounding: row.disclosureRounding,
    /** The rounding in force. */
    disclosureRoundingInForce: disclosureRoundingOf(row),
    disclosureRoundingDefault: roundingFor(row.disclosureThreshold),
  };
}

/** A change of threshold or rounding that would leave a rounding not dividing the threshold. */
function refuseRounding(problem: string | null) {
  if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: problem });
}

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
      return shown(row);
    }),

  update: organisationProcedure("admin")
    .input(OrganisationSettingsSchema.extend({ version: VersionSchema }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const { version, ...settings } = input;
      // A rounding left out stays as it is: it must still divide the new threshold.
      const [current] = await ctx.db
        .select({ disclosureRounding: organisations.disclosureRounding })
        .from(organisations)
        .where(eq(organisations.id, organisationId));
      const disclosureRounding =
        settings.disclosureRounding === undefined ? (current?.disclosureRounding ?? null) : settings.disclosureRounding;
      refuseRounding(roundingProblem({ disclosureThreshold: settings.disclosureThreshold, disclosureRounding }));
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
      return shown(row);
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
      return shown(row);
    }),

  /**
   * The country's rules (issue 17): the length of the reflection period and the permit types,
   * configuration an administrator enters for the law where the organisation works. Versioned.
   */
  setCountryRules: organisationProcedure("admin")
    .input(CountryRulesSchema.extend({ version: VersionSchema }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const { version, ...rules } = input;
      const [row] = await ctx.db
        .update(organisations)
        .set({ countryRules: rules, version: sql`${organisations.version} + 1`, updatedAt: ctx.now })
        .where(and(eq(organisations.id, organisationId), eq(organisations.version, version)))
        .returning(settingsColumns);
      if (!row) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "admin.organisation.setCountryRules",
          entityType: "organisation",
          entityId: organisationId,
        },
        ctx.now,
      );
      return shown(row);
    }),
} satisfies TRPCRouterRecord;
