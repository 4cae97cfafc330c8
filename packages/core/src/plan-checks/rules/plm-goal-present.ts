import { getDomain } from "../../domains/domains.ts";
import { makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * Pathway balance, PLM side: a GeSIM plan joins the psycho-social legal model with economic
 * empowerment; legal services alone are not enough, nor is EEM without "double protection"
 * (domain.md §1.2, §1.4, §8.1 step 4; [004:91-93, 004:101]). [inference] Filed under P2,
 * the legal bridge of PLM.
 */
/* A goal in a domain of both pathways counts for its primary one only (accommodation → PLM,
 * childcare → EEM), so one housing goal cannot satisfy both checks (issue 21 item 7). */
export const plmGoalPresent: PlanRule = withGrace({
  id: "plm-goal-present",
  principle: "principle-02",
  descriptionKey: "check.plm-goal-present.description",
  suggests: [],
  check({ plan }) {
    if (plan.goals.length === 0) return [];
    if (plan.goals.some((goal) => getDomain(goal.domain)?.primaryPathway === "plm")) {
      return [makeFinding(this, "met", "check.plm-goal-present.met")];
    }
    return [makeFinding(this, "warning", "check.plm-goal-present.warning")];
  },
});
