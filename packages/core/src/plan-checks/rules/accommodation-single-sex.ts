import { childrenInHerCare } from "../../plan/client-profile.ts";
import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P4: safe, single-sex accommodation is a prerequisite (domain.md §1.5, §1.7 P4, indicator 4.1;
 * [004:117-119, 004:171]). A mother is offered a mother-and-child place [001:186].
 */
export const accommodationSingleSex: PlanRule = {
  id: "accommodation-single-sex",
  principle: "principle-04",
  descriptionKey: "check.accommodation-single-sex.description",
  suggests: [
    { domain: "accommodation", actionId: "single-sex-shelter-place" },
    { domain: "accommodation", actionId: "mother-and-child-place" },
  ],
  check({ profile, plan }) {
    if (plan.accommodation === undefined) return [];
    if (plan.accommodation.isSingleSex) {
      return [makeFinding(this, "met", "check.accommodation-single-sex.met", { domain: "accommodation" })];
    }
    const actionId = childrenInHerCare(profile).length > 0 ? "mother-and-child-place" : "single-sex-shelter-place";
    return [
      makeFinding(this, "gap", "check.accommodation-single-sex.gap", {
        domain: "accommodation",
        suggestedAction: { domain: "accommodation", actionId },
      }),
    ];
  },
};
