import {
  type CaseRecord,
  DISAGGREGATION_DIMENSIONS,
  type DisaggregationDimension,
  disaggregate,
  EpsilonInputSchema,
  laplaceCount,
  latestCompleteQuarter,
  quarterRange,
  releaseEpsilon,
  releaseRounding,
  scanFunderOutput,
} from "@gesim/core";
import {
  and,
  asc,
  type Database,
  eq,
  fundingRelationshipMembers,
  fundingRelationships,
  sql,
  withinOrganisation,
} from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { SessionUser } from "../../auth/sessions.ts";
import { cryptoRandomBytes } from "../../crypto/random.ts";
import { organisationToday } from "../../organisation-today.ts";
import { loadCaseRecords } from "../../queries/case-records.ts";
import { rowsOf } from "../../queries/dashboard-sql.ts";
import { HTCDS_STATISTICS, type HtcdsAggregate, htcdsAggregate } from "./funder-export.ts";
import { lockRelationship, spendPrivacyBudget } from "./funder-ledger.ts";
import {
  findStoredRelease,
  isCurrent,
  type ReleaseKey,
  type ReleaseProtection,
  savePublication,
  saveRelease,
} from "./funder-release-store.ts";
import {
  buildFunderReport,
  type CountNoise,
  type FunderReport,
  funderAllowList,
  privacyStatistics,
} from "./funder-report.ts";

/**
 * One release to a funder (domain.md §5.5, §7.2): the aggregates of a funding relationship over
 * the organisations it COVERS for her, those of its organisations in which she holds an active
 * `funder` membership (each organisation decides through its own memberships), each
 * organisation's consenting clients read inside its own tenant savepoint (never bypassing
 * row-level security), with the strictest k and the smallest ε of those organisations. Every
 * release is stored per (relationship, covered organisations, quarter, dimensions) and looked
 * up before any case record is read (funder-release-store.ts): repeats and exports return it.
 * Under ε the first request spends budget (the relationship row is locked first, so parallel
 * releases cannot overspend) and adds noise, and that release is never replaced; one without
 * noise is recomputed after `funderReleaseMaxAgeMs`.
 */
export type FunderCtx = { db: Database; session: SessionUser; now: Date; funderReleaseMaxAgeMs: number };

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
export const DimensionsSchema = z
  .array(z.enum(DISAGGREGATION_DIMENSIONS))
  .max(DISAGGREGATION_DIMENSIONS.length)
  .default([]);

export const FunderReleaseInputSchema = z
  .object({
    relationshipId: z.uuid().optional(),
    quarter: QuarterInputSchema.optional(),
    dimensions: DimensionsSchema,
    /** ε this release spends when the relationship uses differential privacy (default: ε per period / 4). */
    epsilon: EpsilonInputSchema.optional(),
  })
  .strict();
export type FunderReleaseInput = z.infer<typeof FunderReleaseInputSchema>;

/** Core decides how many dimensions a breakdown may combine; a refusal is the caller's error. */
export function checkDimensions(dimensions: readonly DisaggregationDimension[]): void {
  const result = disaggregate([], dimensions);
  if (!result.ok) throw new TRPCError({ code: "BAD_REQUEST", message: result.reason });
}

/** The relationships the signed-in funder is a member of (visible through her organisation's link). */
export async function memberRelationships(ctx: FunderCtx) {
  return ctx.db
    .select({
      id: fundingRelationships.id,
      name: fundingRelationships.name,
      epsilonPerPeriod: fundingRelationships.epsilonPerPeriod,
    })
    .from(fundingRelationships)
    .innerJoin(
      fundingRelationshipMembers,
      and(
        eq(fundingRelationshipMembers.relationshipId, fundingRelationships.id),
        eq(fundingRelationshipMembers.userId, ctx.session.userId),
      ),
    )
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

/**
 * The organisations a release covers for her, with the strictest k, the roundings they set and
 * the smallest non-null ε among them.
 */
export type Coverage = { organisationIds: string[]; k: number; roundings: (number | null)[]; epsilon: number | null };

/**
 * The organisations the release covers for her: those of the relationship in which she holds an
 * active funder membership (each organisation decides through its own memberships, ADR 009),
 * with the strictest k and the smallest ε among them. One query (`gesim_funder_coverage`,
 * migration 0010): it runs on every view, stored release or not. No case record is read here.
 */
export async function relationshipCoverage(ctx: FunderCtx, relationshipId: string): Promise<Coverage> {
  const rows = await rowsOf<{ organisation_id: string; k: number; rounding: number | null; epsilon: number | null }>(
    ctx.db,
    sql`select organisation_id, k, rounding, epsilon from gesim_funder_coverage(${relationshipId}, ${ctx.session.userId})`,
  );
  const coverage: Coverage = { organisationIds: [], k: 0, roundings: [], epsilon: null };
  for (const row of rows) {
    coverage.organisationIds.push(row.organisation_id);
    coverage.k = Math.max(coverage.k, Number(row.k));
    coverage.roundings.push(row.rounding === null ? null : Number(row.rounding));
    const epsilon = row.epsilon === null ? null : Number(row.epsilon);
    if (epsilon !== null) coverage.epsilon = coverage.epsilon === null ? epsilon : Math.min(coverage.epsilon, epsilon);
  }
  coverage.organisationIds.sort();
  return coverage;
}

/** The case records of the covered organisations for a quarter, each read inside its own tenant savepoint. */
async function coveredRecords(ctx: FunderCtx, coverage: Coverage, quarter: string): Promise<CaseRecord[]> {
  const records: CaseRecord[] = [];
  const today = organisationToday(ctx);
  for (const organisationId of coverage.organisationIds) {
    records.push(
      ...(await withinOrganisation(ctx.db, organisationId, ctx.session.organisationId, (tx) =>
        loadCaseRecords(tx, organisationId, quarterRange(quarter), today),
      )),
    );
  }
  return records;
}

/** Exact discrete Laplace noise (ADR 013): each of the m statistics gets ε/m, drawn from the OS's CSPRNG. */
function laplaceNoise(epsilon: number, statistics: number): CountNoise {
  return {
    privacy: { mechanism: "discreteLaplace", epsilon, noiseScale: Math.round((statistics / epsilon) * 100) / 100 },
    noisy: (n) => laplaceCount(n, { epsilon, statistics }, cryptoRandomBytes).value,
  };
}

/**
 * Every dimension set a funder may ask for: none, each dimension, each ordered pair of two
 * different ones (core refuses more than two and repeats). A publication holds them all.
 */
export function publicationDimensionSets(): DisaggregationDimension[][] {
  const sets: DisaggregationDimension[][] = [[]];
  for (const first of DISAGGREGATION_DIMENSIONS) {
    sets.push([first]);
    for (const second of DISAGGREGATION_DIMENSIONS) if (second !== first) sets.push([first, second]);
  }
  return sets.filter((set) => disaggregate([], set).ok);
}

/** A release: the protected report and its HTCDS-shaped aggregate (both made, and noised, together). */
export type FunderRelease = { report: FunderReport; htcds: HtcdsAggregate };

/** The k a release applies: the covered organisations' strictest, never below 5. */
const releaseK = (coverage: Coverage) => Math.max(coverage.k, 5);

function build(
  records: readonly CaseRecord[],
  protection: ReleaseProtection,
  quarter: string,
  dimensions: readonly DisaggregationDimension[],
  noise: CountNoise | undefined,
): FunderRelease {
  const countries = [...new Set(records.map((r) => r.country))].sort();
  const { k, resolution } = protection;
  const report = buildFunderReport(records, {
    quarter,
    k,
    resolution,
    dimensions,
    countries,
    ...(noise ? { noise } : {}),
  });
  const htcds = htcdsAggregate(report, records, countries, noise);
  // Last line of defence: a finding is a bug here, never something to send (the violations name no data).
  if (scanFunderOutput(report, funderAllowList(countries)).length > 0)
    throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
  return { report, htcds };
}

/** What a request for a release resolves to before anything is read or spent. */
export type PreparedRelease = {
  relationshipId: string;
  quarter: string;
  dimensions: DisaggregationDimension[];
  coverage: Coverage;
  key: ReleaseKey;
  protection: ReleaseProtection;
};

/** Checks the choice (dimensions, a complete quarter, her relationship) and works out coverage and protection. */
export async function prepareRelease(ctx: FunderCtx, input: FunderReleaseInput | undefined): Promise<PreparedRelease> {
  const dimensions = input?.dimensions ?? [];
  checkDimensions(dimensions);
  const latest = latestCompleteQuarter(organisationToday(ctx));
  const quarter = input?.quarter ?? latest;
  // Complete quarters only: a running quarter changes daily, and differences between days single women out.
  if (quarter > latest) throw new TRPCError({ code: "BAD_REQUEST", message: "disclosure.error.invalidPeriod" });
  const relationship = await chooseRelationship(ctx, input?.relationshipId);
  const coverage = await relationshipCoverage(ctx, relationship.id);
  return {
    relationshipId: relationship.id,
    quarter,
    dimensions,
    coverage,
    key: { relationshipId: relationship.id, organisationIds: coverage.organisationIds, quarter, dimensions },
    protection: {
      k: releaseK(coverage),
      resolution: releaseRounding(releaseK(coverage), coverage.roundings),
      differentiallyPrivate: coverage.epsilon !== null,
    },
  };
}

/** The stored release of the key when it is still current (no lock, no case record read). */
export async function currentStoredRelease(ctx: FunderCtx, prepared: PreparedRelease) {
  const stored = await findStoredRelease(ctx.db, prepared.key);
  const current = stored !== undefined && isCurrent(stored, prepared.protection, ctx.now, ctx.funderReleaseMaxAgeMs);
  return { stored, current };
}

/**
 * Returns the stored release when it is current, else builds, stores and returns one (under ε
 * spending budget). `what` names a noised release in the ledger, in codes only.
 */
export async function releaseFunderReport(
  ctx: FunderCtx,
  input: FunderReleaseInput | undefined,
  what: string,
): Promise<FunderRelease> {
  const release = await releasePrepared(ctx, await prepareRelease(ctx, input), input?.epsilon, what);
  if (!release) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
  return release;
}

/**
 * The release of a prepared request. `what` undefined is a view: it may publish a quarter
 * without ε (no budget) but never spends, and answers undefined where a release would.
 */
export async function releasePrepared(
  ctx: FunderCtx,
  prepared: PreparedRelease,
  requestedEpsilon: number | undefined,
  what: string | undefined,
): Promise<FunderRelease | undefined> {
  const { key, protection, coverage, quarter, dimensions, relationshipId } = prepared;
  // A repeat returns the publication: fresh noise per view would let averaging remove it, and
  // fresh exact numbers per view would let differences between views single women out.
  const seen = await currentStoredRelease(ctx, prepared);
  if (seen.current) return seen.stored?.release;
  if (coverage.epsilon !== null && what === undefined) return undefined;
  // From here on releases of this relationship run one after the other; look again under the lock.
  await lockRelationship(ctx, relationshipId);
  const { stored, current } = await currentStoredRelease(ctx, prepared);
  if (current) return stored?.release;
  const records = await coveredRecords(ctx, coverage, quarter);
  if (coverage.epsilon === null) {
    // One publication (issue 15): every dimension set from this one read, stored with one time.
    // A dimension set asked for the first time later is then no fresh snapshot to subtract.
    const publication = new Map(
      publicationDimensionSets().map((set) => [set.join("+"), build(records, protection, quarter, set, undefined)]),
    );
    await savePublication(ctx.db, key, publication, ctx.now);
    const release = publication.get(dimensions.join("+"));
    if (!release) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
    return release;
  }
  if (what === undefined) return undefined;
  // Under ε each dimension set is its own query, charged to the ledger (ADR 013): composition,
  // not a shared snapshot, bounds what two noised releases of different days reveal together.
  const epsilon = releaseEpsilon(coverage.epsilon, requestedEpsilon);
  await spendPrivacyBudget(ctx, relationshipId, quarter, coverage.epsilon, epsilon, [what, ...dimensions].join(":"));
  const noise = laplaceNoise(epsilon, privacyStatistics(dimensions) + HTCDS_STATISTICS);
  const release = build(records, protection, quarter, dimensions, noise);
  await saveRelease(ctx.db, key, release, true, ctx.now, stored);
  return release;
}
