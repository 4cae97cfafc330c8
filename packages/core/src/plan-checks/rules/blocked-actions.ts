import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P1 access: systemic barriers (no place, no childcare, legal status) keep women from the
 * services they are entitled to (domain.md §1.4, §8.1 step 7; [004:48-50, 004:101]).
 * Each blocked action is a warning so the barrier is seen and escalated.
 */
export const blockedActions: PlanRule = {
  id: "blocked-actions",
  principle: "principle-01",
  descriptionKey: "check.blocked-actions.description",
  suggests: [],
  check({ plan }) {
    return plan.actions
      .filter((action) => action.status === "blocked")
      .map((action) =>
        makeFinding(this, "warning", "check.blocked-actions.warning", {
          subject: action.id,
          domain: action.domain,
          params: { barrierReason: action.barrierReason ?? "other" },
        }),
      );
  },
};
