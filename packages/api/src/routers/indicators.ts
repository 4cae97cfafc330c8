import {
  activeIn,
  computeIndicators,
  disaggregate,
  DISAGGREGATION_DIMENSIONS,
  INDICATORS,
  IsoDateSchema,
  latestCompleteQuarter,
  quarterRange,
  scanFunderOutput,
  type CaseRecord,
  type DisaggregationDimension,
  type Period,
} from "@gesim/core";
import { eq, organisations } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { loadCaseRecords } from "../queries/case-records.ts";
import { organisationProcedure } from "../trpc.ts";
import { buildFunderReport, funderAllowList } from "./indicators/funder-report.ts";

/**
 * Programme indicators (domain.md §5.3): true values for the organisation's managers, and the
 * funder view, which counts only women who consented to anonymised reporting and releases
 * nothing but disclosure-controlled aggregates (funder-report.ts). Definitions and
 * computations are core's; both reads are audited.
 */
const today = (now: Date) => now.toISOString().slice(0, 10);

/** Longer than the maximum on purpose: core `disaggregate` refuses more than two, with its own message. */
const DimensionsSchema = z.array(z.enum(DISAGGREGATION_DIMENSIONS)).max(DISAGGREGATION_DIMENSIONS.length).default([]);

const QuarterInputSchema = z
  .string()
  .max(7)
  .refine((q) => {
    try {
      return quarterRange(q) !== undefined;
    } catch {
      return false;
    }
  }, "disclosure.error.invalidPeriod");

const ProgrammeInputSchema = z
  .object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional(), dimensions: DimensionsSchema })
  .refine((i) => (i.from === undefined) === (i.to === undefined), { error: "error.invalidInput", path: ["to"] })
  .refine((i) => i.from === undefined || i.to === undefined || i.from <= i.to, { error: "error.invalidInput", path: ["to"] });

/** Core decides how many dimensions a breakdown may combine; a refusal is the caller's error. */
function checkedGroups(records: readonly CaseRecord[], dimensions: readonly DisaggregationDimension[]) {
  const result = disaggregate(records, dimensions);
  if (!result.ok) throw new TRPCError({ code: "BAD_REQUEST", message: result.reason });
  return result.groups;
}

function indicatorValues(records: readonly CaseRecord[], period: Period) {
  const values = computeIndicators(records, period);
  return INDICATORS.map((def) => ({ id: def.id, unit: def.unit, direction: def.direction, result: values[def.id] }));
}

export const indicatorsRouter = {
  /** True indicator values of the manager's own organisation for a period (default: the latest complete quarter). */
  programme: organisationProcedure("manager")
    .input(ProgrammeInputSchema.optional())
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const dimensions = input?.dimensions ?? [];
      checkedGroups([], dimensions);
      const period: Period = input?.from && input.to ? { from: input.from, to: input.to } : quarterRange(latestCompleteQuarter(today(ctx.now)));
      const records = await loadCaseRecords(ctx.db, organisationId, period, today(ctx.now));
      await recordAudit(ctx.db, { organisationId, actorUserId: userId, action: "indicators.programme", entityType: "organisation", entityId: organisationId }, ctx.now);
      const groups = dimensions.length === 0 ? null : checkedGroups(records, dimensions);
      return {
        period,
        women: activeIn(records, period).length,
        indicators: indicatorValues(records, period),
        disaggregation: groups && {
          dimensions,
          groups: groups.map((g) => ({ key: g.key, women: activeIn(g.records, period).length, indicators: indicatorValues(g.records, period) })),
        },
      };
    }),

  /** The funder view: consenting women only, small cells suppressed, counts rounded, quarters only. */
  funder: organisationProcedure("funder")
    .input(z.object({ quarter: QuarterInputSchema.optional(), dimensions: DimensionsSchema }).optional())
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const dimensions = input?.dimensions ?? [];
      checkedGroups([], dimensions);
      const latest = latestCompleteQuarter(today(ctx.now));
      const quarter = input?.quarter ?? latest;
      // Complete quarters only: a running quarter changes daily, and differences between days single women out.
      if (quarter > latest) throw new TRPCError({ code: "BAD_REQUEST", message: "disclosure.error.invalidPeriod" });
      const [organisation] = await ctx.db.select({ k: organisations.disclosureThreshold }).from(organisations).where(eq(organisations.id, organisationId));
      if (!organisation) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      const records = await loadCaseRecords(ctx.db, organisationId, quarterRange(quarter), today(ctx.now));
      const countries = [...new Set(records.map((r) => r.country))].sort();
      const report = buildFunderReport(records, { quarter, k: organisation.k, dimensions, countries });
      // Last line of defence: a finding is a bug here, never something to send (the violations name no data).
      if (scanFunderOutput(report, funderAllowList(countries)).length > 0) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
      await recordAudit(ctx.db, { organisationId, actorUserId: userId, action: "indicators.funder", entityType: "organisation", entityId: organisationId }, ctx.now);
      return report;
    }),
} satisfies TRPCRouterRecord;
