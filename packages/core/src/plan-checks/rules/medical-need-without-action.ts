import { needIsAtLeast } from "../../plan/client-profile.ts";
import { hasLiveActionIn, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "medical", actionId: "primary-care-registration" } as const;

/**
 * P6: a high or urgent medical need gets a medical action; "appropriate medical support" is
 * often missing (domain.md §1.7 P6, indicator 6.2; [004:50, 004:72]).
 */
export const medicalNeedWithoutAction: PlanRule = withGrace({
  id: "medical-need-without-action",
  principle: "principle-06",
  descriptionKey: "check.medical-need-without-action.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (!needIsAtLeast(profile, "medical", "high")) return [];
    if (hasLiveActionIn(plan, ["medical"])) {
      return [makeFinding(this, "met", "check.medical-need-without-action.met", { domain: "medical" })];
    }
    return [
      makeFinding(this, "gap", "check.medical-need-without-action.gap", {
        domain: "medical",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
