import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P1 duration: support should be long-term and sustainably funded (domain.md §1.7 P1,
 * indicator 1.5; [004:56, 004:163]). A closure because funding ended is a gap of the
 * programme, never of the woman.
 */
export const supportEndedByFunding: PlanRule = {
  id: "support-ended-by-funding",
  principle: "principle-01",
  descriptionKey: "check.support-ended-by-funding.description",
  suggests: [],
  check({ plan }) {
    if (plan.closure === undefined) return [];
    if (plan.closure.reasons.includes("funding-ended")) {
      return [makeFinding(this, "gap", "check.support-ended-by-funding.gap")];
    }
    return [];
  },
};
