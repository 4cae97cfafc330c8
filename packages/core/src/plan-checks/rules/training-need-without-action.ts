import { needIsAtLeast } from "../../plan/client-profile.ts";
import { hasLiveActionIn, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "training", actionId: "vocational-training" } as const;

/**
 * P7/EEM: a high training or work need gets a training or employment action; barriers to work
 * and informal work push women back into exploitation (domain.md §1.3, §1.7 P7;
 * [004:99, 004:149, 003:142 ¶37]).
 */
export const trainingNeedWithoutAction: PlanRule = withGrace({
  id: "training-need-without-action",
  principle: "principle-07",
  descriptionKey: "check.training-need-without-action.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (!needIsAtLeast(profile, "training", "high") && !needIsAtLeast(profile, "employment", "high")) return [];
    if (hasLiveActionIn(plan, ["training", "employment"])) {
      return [makeFinding(this, "met", "check.training-need-without-action.met", { domain: "training" })];
    }
    return [
      makeFinding(this, "gap", "check.training-need-without-action.gap", {
        domain: "training",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
