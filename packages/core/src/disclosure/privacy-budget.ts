import { z } from "zod";
import type { MessageParams } from "../i18n/catalogue.ts";

/**
 * A privacy-budget ledger: how much ε (and δ) each funder relationship has spent in each
 * reporting period, against a total budget per relationship and period. Under basic sequential
 * composition, the ε and δ of all releases to the same recipient add up, so the ledger refuses
 * any request that would take a relationship past its budget. The ledger is a value: spending
 * returns a new ledger and leaves the old one untouched. Persisting it is the API's job.
 */
export type BudgetAccount = {
  readonly funderRelationshipId: string;
  /** Reporting period, e.g. "2026-Q1" or "2026" (see coarsen-date.ts). */
  readonly period: string;
  readonly spentEpsilon: number;
  readonly spentDelta: number;
};

export type PrivacyBudgetLedger = {
  /** ε each relationship may spend per period. */
  readonly totalEpsilon: number;
  /** δ each relationship may spend per period (0: only pure ε-DP mechanisms are allowed). */
  readonly totalDelta: number;
  readonly accounts: readonly BudgetAccount[];
};

export const BudgetRequestSchema = z.object({
  funderRelationshipId: z.string().trim().min(1).max(64),
  period: z.string().trim().min(4).max(16),
  epsilon: z.number().positive().finite(),
  delta: z.number().min(0).lt(1).default(0),
});
export type BudgetRequest = z.input<typeof BudgetRequestSchema>;

export type BudgetRefusalReason =
  | "disclosure.budget.invalidRequest"
  | "disclosure.budget.epsilonExhausted"
  | "disclosure.budget.deltaExhausted";

export type SpendResult =
  | { readonly ok: true; readonly ledger: PrivacyBudgetLedger }
  | { readonly ok: false; readonly reason: BudgetRefusalReason; readonly params: MessageParams };

/** An empty ledger. Throws a RangeError for a budget that is not a positive, finite ε. */
export function createBudgetLedger(totalEpsilon: number, totalDelta = 0): PrivacyBudgetLedger {
  if (!(Number.isFinite(totalEpsilon) && totalEpsilon > 0)) throw new RangeError("disclosure.error.epsilonInvalid");
  if (!(Number.isFinite(totalDelta) && totalDelta >= 0 && totalDelta < 1))
    throw new RangeError("disclosure.error.deltaInvalid");
  return { totalEpsilon, totalDelta, accounts: [] };
}

function findAccount(
  ledger: PrivacyBudgetLedger,
  funderRelationshipId: string,
  period: string,
): BudgetAccount | undefined {
  return ledger.accounts.find((a) => a.funderRelationshipId === funderRelationshipId && a.period === period);
}

/** What a relationship still has to spend in a period (never negative). */
export function remainingBudget(
  ledger: PrivacyBudgetLedger,
  funderRelationshipId: string,
  period: string,
): { readonly epsilon: number; readonly delta: number } {
  const account = findAccount(ledger, funderRelationshipId, period);
  return {
    epsilon: Math.max(0, ledger.totalEpsilon - (account?.spentEpsilon ?? 0)),
    delta: Math.max(0, ledger.totalDelta - (account?.spentDelta ?? 0)),
  };
}

/** Rounds for display in refusal messages; never used for the decision. */
function show(n: number): number {
  return Math.floor(n * 1e4) / 1e4;
}

/**
 * Spends ε (and δ) for one release. Refuses, with a message key and its parameters, when the
 * request is malformed or the new total would exceed the budget. The comparison is on the new
 * floating-point total itself, so an accepted spend can never make the balance negative.
 */
export function spendBudget(ledger: PrivacyBudgetLedger, request: BudgetRequest): SpendResult {
  const parsed = BudgetRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, reason: "disclosure.budget.invalidRequest", params: {} };
  const { funderRelationshipId, period, epsilon, delta } = parsed.data;
  const account = findAccount(ledger, funderRelationshipId, period);
  const spentEpsilon = (account?.spentEpsilon ?? 0) + epsilon;
  const spentDelta = (account?.spentDelta ?? 0) + delta;
  const remaining = remainingBudget(ledger, funderRelationshipId, period);
  if (spentEpsilon > ledger.totalEpsilon) {
    return {
      ok: false,
      reason: "disclosure.budget.epsilonExhausted",
      params: { requested: show(epsilon), remaining: show(remaining.epsilon), period },
    };
  }
  if (spentDelta > ledger.totalDelta) {
    return {
      ok: false,
      reason: "disclosure.budget.deltaExhausted",
      params: { requested: delta, remaining: remaining.delta, period },
    };
  }
  const updated: BudgetAccount = { funderRelationshipId, period, spentEpsilon, spentDelta };
  const accounts = account ? ledger.accounts.map((a) => (a === account ? updated : a)) : [...ledger.accounts, updated];
  return { ok: true, ledger: { ...ledger, accounts } };
}
