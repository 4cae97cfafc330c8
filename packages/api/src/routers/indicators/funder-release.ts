import {
  createBudgetLedger,
  disaggregate,
  DISAGGREGATION_DIMENSIONS,
  laplaceCount,
  LaplaceParamsSchema,
  latestCompleteQuarter,
  quarterRange,
  scanFunderOutput,
  spendBudget,
  type CaseRecord,
  type DisaggregationDimension,
} from "@gesim/core";
import { and, asc, eq, funderReleases, fundingRelationshipMembers, fundingRelationshipOrganisations, fundingRelationships, memberships, organisations, privacyBudgetSpends, sql, withinOrganisation, type Database } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { SessionUser } from "../../auth/sessions.ts";
import { cryptoRandom } from "../../crypto/random.ts";
import { loadCaseRecords } from "../../queries/case-records.ts";
import { htcdsAggregate, HTCDS_STATISTICS, type HtcdsAggregate } from "./funder-export.ts";
import { buildFunderReport, funderAllowList, privacyStatistics, type CountNoise, type FunderReport } from "./funder-report.ts";

/**
 * One release to a funder (domain.md §5.5, §7.2): the aggregates of a funding relationship over
 * the organisations it COVERS for her, those of its organisations in which she holds an active
 * `funder` membership (each organisation decides through its own memberships), each
 * organisation's consenting clients read inside its own tenant savepoint (never bypassing
 * row-level security), with the strictest k and the smallest ε of those organisations. Under
 * ε the release is stored once per (relationship, covered organisations, quarter, dimensions):
 * the first request spends budget (the relationship row is locked first, so parallel releases
 * cannot overspend) and adds noise; repeats and exports return the stored release.
 */
export type FunderCtx = { db: Database; session: SessionUser; now: Date };

/** Releases a period spends when the caller does not choose: four per quarter. */
export const DEFAULT_RELEASES_PER_PERIOD = 4;

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

/** Longer than the maximum on purpose: core `disaggregate` refuses more than two, with its own message. */
export const DimensionsSchema = z.array(z.enum(DISAGGREGATION_DIMENSIONS)).max(DISAGGREGATION_DIMENSIONS.length).default([]);

export const FunderReleaseInputSchema = z.object({
  relationshipId: z.uuid().optional(),
  quarter: QuarterInputSchema.optional(),
  dimensions: DimensionsSchema,
  /** ε this release spends when the relationship uses differential privacy (default: ε per period / 4). */
  epsilon: LaplaceParamsSchema.shape.epsilon.optional(),
}).strict();
export type FunderReleaseInput = z.infer<typeof FunderReleaseInputSchema>;

/** Core decides how many dimensions a breakdown may combine; a refusal is the caller's error. */
export function checkDimensions(dimensions: readonly DisaggregationDimension[]): void {
  const result = disaggregate([], dimensions);
  if (!result.ok) throw new TRPCError({ code: "BAD_REQUEST", message: result.reason });
}

/** The relationships the signed-in funder is a member of (visible through her organisation's link). */
export async function memberRelationships(ctx: FunderCtx) {
  return ctx.db
    .select({ id: fundingRelationships.id, name: fundingRelationships.name, epsilonPerPeriod: fundingRelationships.epsilonPerPeriod })
    .from(fundingRelationships)
    .innerJoin(fundingRelationshipMembers, and(eq(fundingRelationshipMembers.relationshipId, fundingRelationships.id), eq(fundingRelationshipMembers.userId, ctx.session.userId)))
    .orderBy(asc(fundingRelationships.name), asc(fundingRelationships.id));
}

async function chooseRelationship(ctx: FunderCtx, relationshipId: string | undefined) {
  const mine = await memberRelationships(ctx);
  if (relationshipId) {
    const chosen = mine.find((r) => r.id === relationshipId);
    if (!chosen) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
    return chosen;
  }
  const first = mine[0];
  if (!first) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "funding.error.noRelationship" });
  return first;
}

/** The organisations a release covers for her, with the strictest k and the smallest non-null ε among them. */
export type Coverage = { organisationIds: string[]; k: number; epsilon: number | null; records: CaseRecord[] };

/**
 * Reads each organisation of the relationship under its own row-level security: it is covered
 * only when it holds an active funder membership of the caller (ADR 009); then its k, its ε
 * and, when a quarter is given, its case records.
 */
export async function relationshipCoverage(ctx: FunderCtx, relationshipId: string, quarter?: string): Promise<Coverage> {
  const result = await ctx.db.execute(sql`select gesim_relationship_organisations(${relationshipId}) as id`);
  const orgIds = (((result as { rows?: unknown }).rows ?? result) as { id: string }[]).map((r) => r.id).sort();
  const coverage: Coverage = { organisationIds: [], k: 0, epsilon: null, records: [] };
  const today = ctx.now.toISOString().slice(0, 10);
  for (const organisationId of orgIds) {
    await withinOrganisation(ctx.db, organisationId, ctx.session.organisationId, async (tx) => {
      const [member] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, ctx.session.userId), eq(memberships.role, "funder"), eq(memberships.active, true)));
      if (!member) return;
      const [organisation] = await tx.select({ k: organisations.disclosureThreshold }).from(organisations).where(eq(organisations.id, organisationId));
      const [link] = await tx
        .select({ epsilon: fundingRelationshipOrganisations.epsilonPerPeriod })
        .from(fundingRelationshipOrganisations)
        .where(and(eq(fundingRelationshipOrganisations.relationshipId, relationshipId), eq(fundingRelationshipOrganisations.organisationId, organisationId)));
      coverage.organisationIds.push(organisationId);
      coverage.k = Math.max(coverage.k, organisation?.k ?? 0);
      const epsilon = link?.epsilon ?? null;
      if (epsilon !== null) coverage.epsilon = coverage.epsilon === null ? epsilon : Math.min(coverage.epsilon, epsilon);
      if (quarter) coverage.records.push(...(await loadCaseRecords(tx, organisationId, quarterRange(quarter), today)));
    });
  }
  return coverage;
}

/** Locks the relationship row: releases of one relationship run one after the other from here on. */
async function lockRelationship(ctx: FunderCtx, relationshipId: string) {
  await ctx.db.select({ id: fundingRelationships.id }).from(fundingRelationships).where(eq(fundingRelationships.id, relationshipId)).for("update");
}

/** Spends ε for one release against the covered organisations' smallest ε, or refuses (the caller holds the lock). */
async function spendPrivacyBudget(ctx: FunderCtx, relationshipId: string, period: string, total: number, epsilon: number, query: string) {
  // All spends of the relationship in the period count, whichever organisations they covered (conservative).
  const [spent] = await ctx.db
    .select({ epsilon: sql<number>`coalesce(sum(${privacyBudgetSpends.epsilon}), 0)::float8` })
    .from(privacyBudgetSpends)
    .where(and(eq(privacyBudgetSpends.relationshipId, relationshipId), eq(privacyBudgetSpends.period, period)));
  const ledger = { ...createBudgetLedger(total), accounts: [{ funderRelationshipId: relationshipId, period, spentEpsilon: Number(spent?.epsilon ?? 0), spentDelta: 0 }] };
  if (!spendBudget(ledger, { funderRelationshipId: relationshipId, period, epsilon }).ok) {
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: "funding.error.budgetExhausted" });
  }
  await ctx.db.insert(privacyBudgetSpends).values({ relationshipId, period, epsilon, query, spentBy: ctx.session.userId, createdAt: ctx.now });
}

function laplaceNoise(epsilon: number, statistics: number): CountNoise {
  const perStatistic = epsilon / statistics;
  return {
    privacy: { mechanism: "laplace", epsilon, noiseScale: Math.round((statistics / epsilon) * 100) / 100 },
    noisy: (n) => laplaceCount(n, { epsilon: perStatistic }, cryptoRandom).value,
  };
}

/** A release: the protected report and its HTCDS-shaped aggregate (both made, and noised, together). */
export type FunderRelease = { report: FunderReport; htcds: HtcdsAggregate };

function build(coverage: Coverage, quarter: string, dimensions: readonly DisaggregationDimension[], noise: CountNoise | undefined): FunderRelease {
  const countries = [...new Set(coverage.records.map((r) => r.country))].sort();
  const report = buildFunderReport(coverage.records, { quarter, k: Math.max(coverage.k, 5), dimensions, countries, ...(noise ? { noise } : {}) });
  const htcds = htcdsAggregate(report, coverage.records, countries, noise);
  // Last line of defence: a finding is a bug here, never something to send (the violations name no data).
  if (scanFunderOutput(report, funderAllowList(countries)).length > 0) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
  return { report, htcds };
}

/** Builds one release, or returns the stored one under ε. `what` names it in the ledger in codes only. */
export async function releaseFunderReport(ctx: FunderCtx, input: FunderReleaseInput | undefined, what: string): Promise<FunderRelease> {
  const dimensions = input?.dimensions ?? [];
  checkDimensions(dimensions);
  const latest = latestCompleteQuarter(ctx.now.toISOString().slice(0, 10));
  const quarter = input?.quarter ?? latest;
  // Complete quarters only: a running quarter changes daily, and differences between days single women out.
  if (quarter > latest) throw new TRPCError({ code: "BAD_REQUEST", message: "disclosure.error.invalidPeriod" });
  const relationship = await chooseRelationship(ctx, input?.relationshipId);
  const coverage = await relationshipCoverage(ctx, relationship.id, quarter);
  if (coverage.epsilon === null) return build(coverage, quarter, dimensions, undefined);
  await lockRelationship(ctx, relationship.id);
  const key = and(
    eq(funderReleases.relationshipId, relationship.id),
    eq(funderReleases.organisations, coverage.organisationIds.join(",")),
    eq(funderReleases.period, quarter),
    eq(funderReleases.dimensions, dimensions.join("+")),
  );
  // A repeat returns the stored noise: fresh noise per view would let averaging remove it.
  const [stored] = await ctx.db.select({ release: funderReleases.release }).from(funderReleases).where(key);
  if (stored) return stored.release as FunderRelease;
  const epsilon = Math.min(input?.epsilon ?? coverage.epsilon / DEFAULT_RELEASES_PER_PERIOD, 10);
  await spendPrivacyBudget(ctx, relationship.id, quarter, coverage.epsilon, epsilon, [what, ...dimensions].join(":"));
  const release = build(coverage, quarter, dimensions, laplaceNoise(epsilon, privacyStatistics(dimensions) + HTCDS_STATISTICS));
  await ctx.db.insert(funderReleases).values({
    relationshipId: relationship.id,
    organisations: coverage.organisationIds.join(","),
    period: quarter,
    dimensions: dimensions.join("+"),
    release,
    createdAt: ctx.now,
  });
  return release;
}
