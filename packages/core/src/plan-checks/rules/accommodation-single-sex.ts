import { UNSAFE_HOUSING } from "../../clients/exploitation.ts";
import { childrenInHerCare } from "../../plan/client-profile.ts";
import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P4: safe, single-sex accommodation is a prerequisite (domain.md §1.5, §1.7 P4, indicator 4.1;
 * [004:117-119, 004:171]). A mother is offered a mother-and-child place [001:186]. When the
 * programme does not house her, where she lives now counts: a mixed reception centre, an
 * employer's housing, life with the exploiter or on the street is a gap, not "not applicable"
 * (issue 16) [inference].
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
    const actionId = childrenInHerCare(profile).length > 0 ? "mother-and-child-place" : "single-sex-shelter-place";
    if (plan.accommodation === undefined) {
      if (profile.housingSituation === undefined || !UNSAFE_HOUSING.includes(profile.housingSituation)) return [];
      return [
        makeFinding(this, "gap", "check.accommodation-single-sex.gapHousing", {
          domain: "accommodation",
          suggestedAction: { domain: "accommodation", actionId },
        }),
      ];
    }
    if (plan.accommodation.isSingleSex) {
      return [makeFinding(this, "met", "check.accommodation-single-sex.met", { domain: "accommodation" })];
    }
    return [
      makeFinding(this, "gap", "check.accommodation-single-sex.gap", {
        domain: "accommodation",
        suggestedAction: { domain: "accommodation", actionId },
      }),
    ];
  },
};
