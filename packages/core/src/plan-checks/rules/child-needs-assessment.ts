import { childrenInHerCare } from "../../plan/client-profile.ts";
import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "childcare", actionId: "child-needs-assessment" } as const;

/**
 * P3: mothers and pregnant women have a child-needs plan (domain.md §1.7 P3, indicator 3.1;
 * [000:162, 004:169]). Children under 18 who live with her (issue 21 item 8).
 */
export const childNeedsAssessment: PlanRule = withGrace({
  id: "child-needs-assessment",
  principle: "principle-03",
  descriptionKey: "check.child-needs-assessment.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (childrenInHerCare(profile).length === 0 && !profile.isPregnant) return [];
    if (hasLiveAction(plan, ["child-needs-assessment"])) {
      return [makeFinding(this, "met", "check.child-needs-assessment.met", { domain: "childcare" })];
    }
    return [
      makeFinding(this, "warning", "check.child-needs-assessment.warning", {
        domain: "childcare",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
