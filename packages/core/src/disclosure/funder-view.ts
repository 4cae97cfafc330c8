import { createBudgetLedger, remainingBudget, spendBudget } from "./privacy-budget.ts";

/**
 * What a funder's VIEW of a release may do (issue 14 item 5): a view never spends privacy
 * budget, so it is safe to answer a GET. It shows the stored release when that is current;
 * without ε it may publish the quarter (one read of the case records, no budget); under ε a
 * release not yet made waits for the funder to release it on purpose (a POST that spends).
 */
export type FunderViewDecision = "showStored" | "publish" | "awaitRelease";

export function decideFunderView(options: {
  readonly storedIsCurrent: boolean;
  readonly differentiallyPrivate: boolean;
}): FunderViewDecision {
  if (options.storedIsCurrent) return "showStored";
  return options.differentiallyPrivate ? "awaitRelease" : "publish";
}

/** Releases a period spends when the funder does not choose ε herself: four per period. */
export const DEFAULT_RELEASES_PER_PERIOD = 4;
/** The largest ε one release may spend, whatever the period's budget. */
export const MAX_RELEASE_EPSILON = 10;

/** ε one release spends: the funder's choice, else the period's budget over four; never above 10. */
export function releaseEpsilon(epsilonPerPeriod: number, requested?: number): number {
  return Math.min(requested ?? epsilonPerPeriod / DEFAULT_RELEASES_PER_PERIOD, MAX_RELEASE_EPSILON);
}

/** What releasing would cost, for a funder to decide before she spends it. */
export type ReleaseCost = {
  /** ε the release would spend. */
  readonly epsilon: number;
  /** ε the relationship has per period, and what is left of it in this one. */
  readonly total: number;
  readonly remaining: number;
  /** Whether the ledger would accept the spend (the release still decides under the lock). */
  readonly affordable: boolean;
};

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

export function releaseCost(options: {
  readonly epsilonPerPeriod: number;
  readonly spentEpsilon: number;
  readonly requested?: number;
}): ReleaseCost {
  const epsilon = releaseEpsilon(options.epsilonPerPeriod, options.requested);
  // A ledger of one account: this relationship in this period.
  const at = { funderRelationshipId: "relationship", period: "period" };
  const account = { ...at, spentEpsilon: options.spentEpsilon, spentDelta: 0 };
  const ledger = { ...createBudgetLedger(options.epsilonPerPeriod), accounts: [account] };
  return {
    epsilon: round4(epsilon),
    total: options.epsilonPerPeriod,
    remaining: round4(remainingBudget(ledger, at.funderRelationshipId, at.period).epsilon),
    affordable: spendBudget(ledger, { ...at, epsilon }).ok,
  };
}
