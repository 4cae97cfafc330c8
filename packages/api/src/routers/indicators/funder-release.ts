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
import { and, asc, eq, fundingRelationshipMembers, fundingRelationships, organisations, privacyBudgetSpends, sql, withinOrganisation, type Database } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { SessionUser } from "../../auth/sessions.ts";
import { cryptoRandom } from "../../crypto/random.ts";
import { loadCaseRecords } from "../../queries/case-records.ts";
import { buildFunderReport, funderAllowList, privacyStatistics, type CountNoise, type FunderReport } from "./funder-report.ts";

/**
 * One release to a funder (domain.md §5.5, §7.2): the aggregates of a funding relationship over
 * ALL its organisations, each organisation's consenting clients read inside its own tenant
 * savepoint (never bypassing row-level security), with the strictest k of those organisations;
 * when the relationship has ε, the release spends budget in the same transaction (the
 * relationship row is locked first, so parallel releases cannot overspend) and adds noise.
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

/** Every organisation's records, each read under its own row-level security; k is the strictest threshold. */
async function relationshipRecords(ctx: FunderCtx, relationshipId: string, quarter: string) {
  const result = await ctx.db.execute(sql`select gesim_relationship_organisations(${relationshipId}) as id`);
  const orgIds = (((result as { rows?: unknown }).rows ?? result) as { id: string }[]).map((r) => r.id).sort();
  const records: CaseRecord[] = [];
  let k = 0;
  const today = ctx.now.toISOString().slice(0, 10);
  for (const organisationId of orgIds) {
    await withinOrganisation(ctx.db, organisationId, ctx.session.organisationId, async (tx) => {
      const [organisation] = await tx.select({ k: organisations.disclosureThreshold }).from(organisations).where(eq(organisations.id, organisationId));
      k = Math.max(k, organisation?.k ?? 0);
      records.push(...(await loadCaseRecords(tx, organisationId, quarterRange(quarter), today)));
    });
  }
  return { records, k };
}

/** Spends ε for one release, or refuses; the row lock serialises releases of one relationship. */
async function spendPrivacyBudget(ctx: FunderCtx, relationshipId: string, period: string, epsilon: number, query: string) {
  const [locked] = await ctx.db
    .select({ total: fundingRelationships.epsilonPerPeriod })
    .from(fundingRelationships)
    .where(eq(fundingRelationships.id, relationshipId))
    .for("update");
  if (!locked?.total) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
  const [spent] = await ctx.db
    .select({ epsilon: sql<number>`coalesce(sum(${privacyBudgetSpends.epsilon}), 0)::float8` })
    .from(privacyBudgetSpends)
    .where(and(eq(privacyBudgetSpends.relationshipId, relationshipId), eq(privacyBudgetSpends.period, period)));
  const ledger = { ...createBudgetLedger(locked.total), accounts: [{ funderRelationshipId: relationshipId, period, spentEpsilon: Number(spent?.epsilon ?? 0), spentDelta: 0 }] };
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

export type FunderRelease = { report: FunderReport; records: CaseRecord[]; countries: string[]; noise: CountNoise | undefined };

/**
 * Builds one release. `what` names it in the ledger in codes only; `extraStatistics` counts
 * statistics an export adds to the report (each spends its share of ε).
 */
export async function releaseFunderReport(ctx: FunderCtx, input: FunderReleaseInput | undefined, what: string, extraStatistics = 0): Promise<FunderRelease> {
  const dimensions = input?.dimensions ?? [];
  checkDimensions(dimensions);
  const latest = latestCompleteQuarter(ctx.now.toISOString().slice(0, 10));
  const quarter = input?.quarter ?? latest;
  // Complete quarters only: a running quarter changes daily, and differences between days single women out.
  if (quarter > latest) throw new TRPCError({ code: "BAD_REQUEST", message: "disclosure.error.invalidPeriod" });
  const relationship = await chooseRelationship(ctx, input?.relationshipId);
  const { records, k } = await relationshipRecords(ctx, relationship.id, quarter);
  let noise: CountNoise | undefined;
  if (relationship.epsilonPerPeriod) {
    const epsilon = Math.min(input?.epsilon ?? relationship.epsilonPerPeriod / DEFAULT_RELEASES_PER_PERIOD, 10);
    await spendPrivacyBudget(ctx, relationship.id, quarter, epsilon, [what, ...dimensions].join(":"));
    noise = laplaceNoise(epsilon, privacyStatistics(dimensions) + extraStatistics);
  }
  const countries = [...new Set(records.map((r) => r.country))].sort();
  const report = buildFunderReport(records, { quarter, k: Math.max(k, 5), dimensions, countries, ...(noise ? { noise } : {}) });
  // Last line of defence: a finding is a bug here, never something to send (the violations name no data).
  if (scanFunderOutput(report, funderAllowList(countries)).length > 0) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
  return { report, records, countries, noise };
}
