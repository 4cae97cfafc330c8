import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P10: her welfare and her say come first; the plan carries her approval (domain.md §1.7 P10,
 * indicator 10.1, §8.1 step 4; [000:118, 001:167]). A submitted or approved plan she has not
 * agreed to is a gap; a draft is only a reminder.
 */
export const planAgreedByHer: PlanRule = {
  id: "plan-agreed-by-her",
  principle: "principle-10",
  descriptionKey: "check.plan-agreed-by-her.description",
  suggests: [],
  check({ plan }) {
    if (plan.agreedByClient) {
      return [makeFinding(this, "met", "check.plan-agreed-by-her.met", { params: { date: plan.agreedOn ?? "" } })];
    }
    if (plan.status === "submitted" || plan.status === "approved") {
      return [makeFinding(this, "gap", "check.plan-agreed-by-her.gap")];
    }
    return [makeFinding(this, "info", "check.plan-agreed-by-her.info")];
  },
};
