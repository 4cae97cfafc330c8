import { childrenInHerCare } from "../../plan/client-profile.ts";
import { hasLiveAction, hasLiveActionIn, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "childcare", actionId: "childcare-place" } as const;

/**
 * P3/EEM: a mother in training or work needs a childcare place, otherwise economic
 * independence stalls (domain.md §1.3, §1.7 P3, indicator 3.2; [004:101]).
 */
export const childcareBeforeTrainingOrWork: PlanRule = withGrace({
  id: "childcare-before-training-or-work",
  principle: "principle-03",
  descriptionKey: "check.childcare-before-training-or-work.description",
  suggests: [SUGGESTION],
  check({ profile, plan, config }) {
    // Only young children who live with her (issue 21 item 8).
    if (!childrenInHerCare(profile).some((child) => child.age <= config.childcareMaxAge)) return [];
    if (!profile.isInTrainingOrWork && !hasLiveActionIn(plan, ["training", "employment"])) return [];
    if (hasLiveAction(plan, ["childcare-place"])) {
      return [makeFinding(this, "met", "check.childcare-before-training-or-work.met", { domain: "childcare" })];
    }
    return [
      makeFinding(this, "gap", "check.childcare-before-training-or-work.gap", {
        domain: "childcare",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
