import { needIsAtLeast } from "../../plan/client-profile.ts";
import { hasLiveActionIn, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P5: psychological and mental-health support is a prerequisite; women asked for personal
 * therapy (domain.md §1.7 P5; [004:93, 004:103, 004:171]). An urgent need suggests crisis support.
 */
export const therapyNeedWithoutSupport: PlanRule = withGrace({
  id: "therapy-need-without-support",
  principle: "principle-05",
  descriptionKey: "check.therapy-need-without-support.description",
  suggests: [
    { domain: "therapy", actionId: "trauma-therapy" },
    { domain: "therapy", actionId: "crisis-support" },
  ],
  check({ profile, plan }) {
    if (!needIsAtLeast(profile, "therapy", "high")) return [];
    if (hasLiveActionIn(plan, ["therapy"])) {
      return [makeFinding(this, "met", "check.therapy-need-without-support.met", { domain: "therapy" })];
    }
    const actionId = needIsAtLeast(profile, "therapy", "urgent") ? "crisis-support" : "trauma-therapy";
    return [
      makeFinding(this, "gap", "check.therapy-need-without-support.gap", {
        domain: "therapy",
        suggestedAction: { domain: "therapy", actionId },
      }),
    ];
  },
});
