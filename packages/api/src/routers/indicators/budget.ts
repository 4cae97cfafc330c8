import {
  and,
  asc,
  eq,
  fundingRelationshipMembers,
  fundingRelationshipOrganisations,
  fundingRelationships,
  inArray,
  privacyBudgetSpends,
  sql,
} from "@gesim/db";
import { type FunderCtx, relationshipCoverage } from "./funder-release.ts";

/** A funder's relationships with the ε her releases use. */
async function funderRelationships(ctx: FunderCtx) {
  const rows = await ctx.db
    .select({ relationshipId: fundingRelationships.id, name: fundingRelationships.name })
    .from(fundingRelationships)
    .innerJoin(fundingRelationshipMembers, eq(fundingRelationshipMembers.relationshipId, fundingRelationships.id))
    .where(eq(fundingRelationshipMembers.userId, ctx.session.userId))
    .orderBy(asc(fundingRelationships.name), asc(fundingRelationships.id));
  const out: { relationshipId: string; name: string; epsilonPerPeriod: number | null }[] = [];
  // One after the other: each coverage switches the transaction's organisation in savepoints.
  for (const r of rows)
    out.push({ ...r, epsilonPerPeriod: (await relationshipCoverage(ctx, r.relationshipId)).epsilon });
  return out;
}

/**
 * The privacy-budget ledger (issue 6): per relationship and reporting period, ε spent, ε left
 * and how many releases spent it. A funder sees her relationships; a manager or admin those of
 * her organisation. Totals only: no release times, no who (the audit log has that).
 */
export async function loadBudgetLedger(ctx: FunderCtx) {
  // ε per period: for a funder the smallest of the organisations her releases cover, for staff their own link's (ADR 009).
  const relationships =
    ctx.session.role === "funder"
      ? await funderRelationships(ctx)
      : await ctx.db
          .select({
            relationshipId: fundingRelationships.id,
            name: fundingRelationships.name,
            epsilonPerPeriod: fundingRelationshipOrganisations.epsilonPerPeriod,
          })
          .from(fundingRelationships)
          .innerJoin(
            fundingRelationshipOrganisations,
            and(
              eq(fundingRelationshipOrganisations.relationshipId, fundingRelationships.id),
              eq(fundingRelationshipOrganisations.organisationId, ctx.session.organisationId),
            ),
          )
          .orderBy(asc(fundingRelationships.name), asc(fundingRelationships.id));
  const ids = relationships.map((r) => r.relationshipId);
  const spends = ids.length
    ? await ctx.db
        .select({
          relationshipId: privacyBudgetSpends.relationshipId,
          period: privacyBudgetSpends.period,
          spent: sql<number>`sum(${privacyBudgetSpends.epsilon})::float8`,
          releases: sql<number>`count(*)::int`,
        })
        .from(privacyBudgetSpends)
        .where(inArray(privacyBudgetSpends.relationshipId, ids))
        .groupBy(privacyBudgetSpends.relationshipId, privacyBudgetSpends.period)
        .orderBy(asc(privacyBudgetSpends.period))
    : [];
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  return {
    relationships: relationships.map((r) => ({
      ...r,
      periods: spends
        .filter((s) => s.relationshipId === r.relationshipId)
        .map((s) => ({
          period: s.period,
          spent: round(Number(s.spent)),
          remaining: r.epsilonPerPeriod === null ? null : round(Math.max(0, r.epsilonPerPeriod - Number(s.spent))),
          releases: Number(s.releases),
        })),
    })),
  };
}
