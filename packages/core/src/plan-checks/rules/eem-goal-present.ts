import { getDomain } from "../../domains/domains.ts";
import { makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * Pathway balance, EEM side: economic empowerment lowers the risk of re-trafficking; legal
 * services alone are not enough (domain.md §1.3, §1.4, §8.1 step 4; [004:93, 004:99, 004:101]).
 * [inference] Filed under P7, training and education.
 */
/* A goal in a domain of both pathways counts for its primary one only (accommodation → PLM,
 * childcare → EEM), so one housing goal cannot satisfy both checks (issue 21 item 7). */
export const eemGoalPresent: PlanRule = withGrace({
  id: "eem-goal-present",
  principle: "principle-07",
  descriptionKey: "check.eem-goal-present.description",
  suggests: [],
  check({ plan }) {
    if (plan.goals.length === 0) return [];
    if (plan.goals.some((goal) => getDomain(goal.domain)?.primaryPathway === "eem")) {
      return [makeFinding(this, "met", "check.eem-goal-present.met")];
    }
    return [makeFinding(this, "warning", "check.eem-goal-present.warning")];
  },
});
