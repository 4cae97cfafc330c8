import { hasLiveAction, hasLiveActionIn, makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "childcare", actionId: "childcare-place" } as const;

/**
 * P3/EEM: a mother in training or work needs a childcare place, otherwise economic
 * independence stalls (domain.md §1.3, §1.7 P3, indicator 3.2; [004:101]).
 */
export const childcareBeforeTrainingOrWork: PlanRule = {
  id: "childcare-before-training-or-work",
  principle: "principle-03",
  descriptionKey: "check.childcare-before-training-or-work.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (profile.children.count === 0) return [];
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
};
