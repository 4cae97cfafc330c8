import { makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/** P10: the plan is built around her goals (domain.md §1.7 P10, §8.1 step 4; [000:118, 000:161]). */
export const planHasGoals: PlanRule = withGrace({
  id: "plan-has-goals",
  principle: "principle-10",
  descriptionKey: "check.plan-has-goals.description",
  suggests: [],
  check({ plan }) {
    if (plan.goals.length === 0) return [makeFinding(this, "gap", "check.plan-has-goals.gap")];
    return [makeFinding(this, "met", "check.plan-has-goals.met", { params: { count: plan.goals.length } })];
  },
});
