import { createBudgetLedger, spendBudget } from "@gesim/core";
import { and, eq, fundingRelationships, privacyBudgetSpends, sql } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import type { FunderCtx } from "./funder-release.ts";

/**
 * The privacy-budget ledger as releases use it (ADR 009): the relationship lock, ε spent in a
 * period, and one spend decided by core `spendBudget`. Append-only: nothing here updates or
 * deletes a spend.
 */
/** Locks the relationship row: releases of one relationship run one after the other from here on. */
export async function lockRelationship(ctx: FunderCtx, relationshipId: string) {
  await ctx.db
    .select({ id: fundingRelationships.id })
    .from(fundingRelationships)
    .where(eq(fundingRelationships.id, relationshipId))
    .for("update");
}

/** ε the relationship spent in the period: all its spends count, whichever organisations they covered (conservative). */
export async function spentInPeriod(ctx: FunderCtx, relationshipId: string, period: string): Promise<number> {
  const [spent] = await ctx.db
    .select({ epsilon: sql<number>`coalesce(sum(${privacyBudgetSpends.epsilon}), 0)::float8` })
    .from(privacyBudgetSpends)
    .where(and(eq(privacyBudgetSpends.relationshipId, relationshipId), eq(privacyBudgetSpends.period, period)));
  return Number(spent?.epsilon ?? 0);
}

/** Spends ε for one release against the covered organisations' smallest ε, or refuses (the caller holds the lock). */
export async function spendPrivacyBudget(
  ctx: FunderCtx,
  relationshipId: string,
  period: string,
  total: number,
  epsilon: number,
  query: string,
) {
  const spentEpsilon = await spentInPeriod(ctx, relationshipId, period);
  const ledger = {
    ...createBudgetLedger(total),
    accounts: [{ funderRelationshipId: relationshipId, period, spentEpsilon, spentDelta: 0 }],
  };
  if (!spendBudget(ledger, { funderRelationshipId: relationshipId, period, epsilon }).ok) {
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: "funding.error.budgetExhausted" });
  }
  await ctx.db
    .insert(privacyBudgetSpends)
    .values({ relationshipId, period, epsilon, query, spentBy: ctx.session.userId, createdAt: ctx.now });
}
