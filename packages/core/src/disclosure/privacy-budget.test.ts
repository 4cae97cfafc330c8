import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBudgetLedger, type PrivacyBudgetLedger, remainingBudget, spendBudget } from "./privacy-budget.ts";

describe("spendBudget", () => {
  it("spends per funder relationship and period", () => {
    const ledger = createBudgetLedger(1);
    const first = spendBudget(ledger, { funderRelationshipId: "f1", period: "2026-Q1", epsilon: 0.4 });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(remainingBudget(first.ledger, "f1", "2026-Q1").epsilon).toBeCloseTo(0.6);
    expect(remainingBudget(first.ledger, "f1", "2026-Q2").epsilon).toBe(1);
    expect(remainingBudget(first.ledger, "f2", "2026-Q1").epsilon).toBe(1);
    expect(remainingBudget(ledger, "f1", "2026-Q1").epsilon).toBe(1); // the old ledger is unchanged
  });

  it("refuses a request beyond the remaining budget with a reason and parameters", () => {
    const ledger = createBudgetLedger(1);
    const spent = spendBudget(ledger, { funderRelationshipId: "f1", period: "2026-Q1", epsilon: 0.75 });
    if (!spent.ok) throw new Error("expected ok");
    const refused = spendBudget(spent.ledger, { funderRelationshipId: "f1", period: "2026-Q1", epsilon: 0.5 });
    expect(refused).toEqual({
      ok: false,
      reason: "disclosure.budget.epsilonExhausted",
      params: { requested: 0.5, remaining: 0.25, period: "2026-Q1" },
    });
    expect(spendBudget(spent.ledger, { funderRelationshipId: "f1", period: "2026-Q1", epsilon: 0.25 }).ok).toBe(true);
  });

  it("refuses δ when the ledger has no δ budget, and malformed requests", () => {
    const ledger = createBudgetLedger(1);
    expect(
      spendBudget(ledger, { funderRelationshipId: "f1", period: "2026-Q1", epsilon: 0.1, delta: 1e-6 }),
    ).toMatchObject({
      ok: false,
      reason: "disclosure.budget.deltaExhausted",
    });
    expect(spendBudget(ledger, { funderRelationshipId: "f1", period: "2026-Q1", epsilon: -1 })).toEqual({
      ok: false,
      reason: "disclosure.budget.invalidRequest",
      params: {},
    });
    expect(() => createBudgetLedger(0)).toThrow("disclosure.error.epsilonInvalid");
  });

  it("never lets the balance go negative (property)", () => {
    const requests = fc.array(
      fc.record({
        funderRelationshipId: fc.constantFrom("f1", "f2"),
        period: fc.constantFrom("2026-Q1", "2026-Q2"),
        epsilon: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        delta: fc.constantFrom(0, 1e-7, 1e-5),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 5, noNaN: true }), requests, (total, list) => {
        let ledger: PrivacyBudgetLedger = createBudgetLedger(total, 1e-5);
        for (const request of list) {
          const result = spendBudget(ledger, request);
          if (result.ok) ledger = result.ledger;
          for (const a of ledger.accounts) {
            expect(a.spentEpsilon).toBeLessThanOrEqual(ledger.totalEpsilon);
            expect(a.spentDelta).toBeLessThanOrEqual(ledger.totalDelta);
            expect(a.spentEpsilon).toBeGreaterThan(0);
          }
        }
      }),
    );
  });
});
