import {
  activeIn,
  type CaseRecord,
  computeIndicators,
  type DisaggregationDimension,
  disaggregate,
  INDICATORS,
  type IndicatorWindows,
  IsoDateSchema,
  isIndicatorRecorded,
  LOCALES,
  latestCompleteQuarter,
  type Period,
  quarterRange,
} from "@gesim/core";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { organisationToday } from "../organisation-today.ts";
import { loadCaseRecords } from "../queries/case-records.ts";
import { loadPlanCheckConfig } from "../queries/plan-check-config.ts";
import { organisationProcedure } from "../trpc.ts";
import { loadBudgetLedger } from "./indicators/budget.ts";
import { EXPORT_FORMATS, exportFile } from "./indicators/funder-export.ts";
import {
  DimensionsSchema,
  type FunderCtx,
  FunderReleaseInputSchema,
  releaseFunderReport,
} from "./indicators/funder-release.ts";
import { viewFunderReport } from "./indicators/funder-view.ts";

/**
 * Shapes (issue 6; stable for the web):
 * indicators.programme({ from?, to?, dimensions? }) → true values of the manager's organisation (unchanged).
 * indicators.funderView({ same input as funder }) (query: never spends budget, answers a GET)
 *   → { status: "released", report: FunderReport } | { status: "awaitingRelease", period, dimensions, epsilon, total, remaining, affordable }
 * indicators.funder({ relationshipId?, quarter?: "YYYY-Qn", dimensions?: ≤2 of DISAGGREGATION_DIMENSIONS, epsilon? })
 *   (mutation: under ε a first release spends budget)
 *   → FunderReport (funder-report.ts): { period, methodology: { k, resolution, privacy: { mechanism, epsilon, noiseScale } | null },
 *      women, indicators[], disaggregation }. No input: the first relationship (by name) and the latest complete quarter.
 *   Refusals: PRECONDITION_FAILED funding.error.noRelationship | funding.error.budgetExhausted; BAD_REQUEST for bad periods/dimensions.
 * indicators.funderExport({ ...same, format: "csv"|"json"|"htcds", locale? }) (mutation: it spends budget)
 *   → { filename, mediaType, content, methodology: { period, k, resolution, epsilon, noiseScale, notes[], definitions[], csv } }
 * indicators.budget() → { relationships: [{ relationshipId, name, epsilonPerPeriod, periods: [{ period, spent, remaining, releases }] }] }
 *
 * Programme indicators (domain.md §5.3): true values for the organisation's managers, and the
 * funder view, which counts only women who consented to anonymised reporting and releases
 * nothing but disclosure-controlled aggregates (funder-report.ts). Definitions and
 * computations are core's; both reads are audited.
 */

async function auditFunder(ctx: FunderCtx, action: string) {
  const { organisationId, userId } = ctx.session;
  await recordAudit(
    ctx.db,
    { organisationId, actorUserId: userId, action, entityType: "organisation", entityId: organisationId },
    ctx.now,
  );
}

const ProgrammeInputSchema = z
  .object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional(), dimensions: DimensionsSchema })
  .refine((i) => (i.from === undefined) === (i.to === undefined), { error: "error.invalidInput", path: ["to"] })
  .refine((i) => i.from === undefined || i.to === undefined || i.from <= i.to, {
    error: "error.invalidInput",
    path: ["to"],
  });

/** Core decides how many dimensions a breakdown may combine; a refusal is the caller's error. */
function checkedGroups(records: readonly CaseRecord[], dimensions: readonly DisaggregationDimension[]) {
  const result = disaggregate(records, dimensions);
  if (!result.ok) throw new TRPCError({ code: "BAD_REQUEST", message: result.reason });
  return result.groups;
}

function indicatorValues(records: readonly CaseRecord[], period: Period, windows: IndicatorWindows) {
  const values = computeIndicators(records, period, windows);
  // An indicator nothing records yet is "not recorded" (result null), never a constant (issue 21 item 1).
  return INDICATORS.map((def) => {
    const recorded = isIndicatorRecorded(def, records);
    return { id: def.id, unit: def.unit, direction: def.direction, recorded, result: recorded ? values[def.id] : null };
  });
}

export const indicatorsRouter = {
  /** True indicator values of the manager's own organisation for a period (default: the latest complete quarter). */
  programme: organisationProcedure("manager")
    .input(ProgrammeInputSchema.optional())
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const dimensions = input?.dimensions ?? [];
      checkedGroups([], dimensions);
      const period: Period =
        input?.from && input.to
          ? { from: input.from, to: input.to }
          : quarterRange(latestCompleteQuarter(organisationToday(ctx)));
      const records = await loadCaseRecords(ctx.db, organisationId, period, organisationToday(ctx));
      // The organisation's own windows, as its plan checks use them (issue 21 item 9).
      const windows = await loadPlanCheckConfig(ctx.db, organisationId);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "indicators.programme",
          entityType: "organisation",
          entityId: organisationId,
        },
        ctx.now,
      );
      const groups = dimensions.length === 0 ? null : checkedGroups(records, dimensions);
      return {
        period,
        women: activeIn(records, period).length,
        indicators: indicatorValues(records, period, windows),
        disaggregation: groups && {
          dimensions,
          groups: groups.map((g) => ({
            key: g.key,
            women: activeIn(g.records, period).length,
            indicators: indicatorValues(g.records, period, windows),
          })),
        },
      };
    }),

  /**
   * A release to the funder: a relationship's consenting women over all its organisations,
   * protected; under ε the first release of a breakdown spends budget. A mutation (POST only):
   * nothing that spends budget is reachable by GET (issue 14 item 5).
   */
  funder: organisationProcedure("funder")
    .input(FunderReleaseInputSchema.optional())
    .mutation(async ({ ctx, input }) => {
      const { report } = await releaseFunderReport(ctx, input, "view");
      await auditFunder(ctx, "indicators.funder");
      return report;
    }),

  /** The same choice, viewed without spending: the release when made (or free to make), else what releasing costs. */
  funderView: organisationProcedure("funder")
    .input(FunderReleaseInputSchema.optional())
    .query(async ({ ctx, input }) => {
      const view = await viewFunderReport(ctx, input);
      await auditFunder(ctx, "indicators.funderView");
      return view;
    }),

  /** A download of the same release: CSV, JSON or the HTCDS-shaped aggregate, with its methodology sheet. */
  funderExport: organisationProcedure("funder")
    .input(FunderReleaseInputSchema.extend({ format: z.enum(EXPORT_FORMATS), locale: z.enum(LOCALES).default("en") }))
    .mutation(async ({ ctx, input }) => {
      const release = await releaseFunderReport(ctx, input, `export-${input.format}`);
      const file = exportFile(release, input.format, input.locale);
      await recordAudit(
        ctx.db,
        {
          organisationId: ctx.session.organisationId,
          actorUserId: ctx.session.userId,
          action: "indicators.funderExport",
          entityType: "export",
          entityId: release.report.period,
        },
        ctx.now,
      );
      return file;
    }),

  /** The privacy-budget ledger per relationship and period: the funder's relationships, or the organisation's for its manager/admin. */
  budget: organisationProcedure("funder", "manager", "admin")
    .input(z.void())
    .query(async ({ ctx }) => {
      const ledger = await loadBudgetLedger(ctx);
      await auditFunder(ctx, "indicators.budget");
      return ledger;
    }),
} satisfies TRPCRouterRecord;
