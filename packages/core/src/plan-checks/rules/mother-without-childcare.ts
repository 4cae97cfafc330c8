import { childrenInHerCare, childrenNotRecorded } from "../../plan/client-profile.ts";
import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "childcare", actionId: "childcare-place" } as const;

/**
 * P3: victims are often pregnant or have dependent children; childcare is "paramount"
 * (domain.md §1.7 P3; [000:118, 004:101, 004:169]). Only for children who live with her and are
 * young enough to need care (config `childcareMaxAge`); children abroad or teenagers do not
 * count, and only a childcare place clears it (issue 21 items 7, 8). Pregnancy alone is the
 * antenatal check's.
 */
export const motherWithoutChildcare: PlanRule = withGrace({
  id: "mother-without-childcare",
  principle: "principle-03",
  descriptionKey: "check.mother-without-childcare.description",
  suggests: [SUGGESTION],
  check({ profile, plan, config }) {
    // Until her children's ages and homes are recorded (children-recorded asks for them), each may be
    // a young child in her care: the check stays on rather than going quiet on a mother of small children.
    const young = childrenNotRecorded(profile)
      ? profile.children.count
      : childrenInHerCare(profile).filter((child) => child.age <= config.childcareMaxAge).length;
    if (young === 0) return [];
    if (hasLiveAction(plan, ["childcare-place"])) {
      return [makeFinding(this, "met", "check.mother-without-childcare.met", { domain: "childcare" })];
    }
    return [
      makeFinding(this, "gap", "check.mother-without-childcare.gap", {
        domain: "childcare",
        params: { count: young },
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
