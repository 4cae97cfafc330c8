import { childrenInHerCare, needIsAtLeast } from "../../plan/client-profile.ts";
import { hasLiveActionIn, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P4: a high or urgent housing need gets an accommodation action (domain.md §1.7 P4, §2;
 * [004:117-119, 004:171]); a mother gets a mother-and-child place [001:186].
 */
export const accommodationNeedWithoutAction: PlanRule = withGrace({
  id: "accommodation-need-without-action",
  principle: "principle-04",
  descriptionKey: "check.accommodation-need-without-action.description",
  suggests: [
    { domain: "accommodation", actionId: "single-sex-shelter-place" },
    { domain: "accommodation", actionId: "mother-and-child-place" },
  ],
  check({ profile, plan }) {
    if (!needIsAtLeast(profile, "accommodation", "high")) return [];
    if (hasLiveActionIn(plan, ["accommodation"])) {
      return [makeFinding(this, "met", "check.accommodation-need-without-action.met", { domain: "accommodation" })];
    }
    const actionId = childrenInHerCare(profile).length > 0 ? "mother-and-child-place" : "single-sex-shelter-place";
    return [
      makeFinding(this, "gap", "check.accommodation-need-without-action.gap", {
        domain: "accommodation",
        suggestedAction: { domain: "accommodation", actionId },
      }),
    ];
  },
});
