import { hasOffered, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "therapy", actionId: "psychological-assessment" } as const;

/**
 * P5: every woman is offered a psychological assessment (domain.md §1.7 P5, indicator 5.1;
 * [004:93, 004:171]). An offer she declined (cancelled) still counts as offered. Psychological
 * support is a prerequisite of everything else, so a missing offer is a gap, as severe as the
 * health check (issue 21 item 5).
 */
export const psychologicalAssessmentOffered: PlanRule = withGrace({
  id: "psychological-assessment-offered",
  principle: "principle-05",
  descriptionKey: "check.psychological-assessment-offered.description",
  suggests: [SUGGESTION],
  check({ plan }) {
    if (hasOffered(plan, ["psychological-assessment", "trauma-therapy"])) {
      return [makeFinding(this, "met", "check.psychological-assessment-offered.met", { domain: "therapy" })];
    }
    return [
      makeFinding(this, "gap", "check.psychological-assessment-offered.gap", {
        domain: "therapy",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
