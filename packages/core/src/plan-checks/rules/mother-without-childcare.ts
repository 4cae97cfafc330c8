import { hasLiveActionIn, makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "childcare", actionId: "childcare-place" } as const;

/**
 * P3: victims are often pregnant or have dependent children; childcare is "paramount"
 * (domain.md §1.7 P3; [000:118, 004:101, 004:169]). Any planned, running or done childcare
 * action makes the gap disappear.
 */
export const motherWithoutChildcare: PlanRule = {
  id: "mother-without-childcare",
  principle: "principle-03",
  descriptionKey: "check.mother-without-childcare.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (profile.children.count === 0 && !profile.isPregnant) return [];
    if (hasLiveActionIn(plan, ["childcare"])) {
      return [makeFinding(this, "met", "check.mother-without-childcare.met", { domain: "childcare" })];
    }
    return [
      makeFinding(this, "gap", "check.mother-without-childcare.gap", {
        domain: "childcare",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
};
