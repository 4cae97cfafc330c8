import { hasLiveAction, makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const PERMIT_ACTIONS = ["residence-permit-application", "work-permit-application", "asylum-application"] as const;
const SUGGESTION = { domain: "legal", actionId: "residence-permit-application" } as const;

/**
 * P2: third-country nationals need a residence/work permit or asylum track; permits tied to
 * cooperation are "a serious barrier" (domain.md §3.1, §4 item 23; [003:143 ¶38, 000:60, 004:103]).
 */
export const thirdCountryPermitAction: PlanRule = {
  id: "third-country-permit-action",
  principle: "principle-02",
  descriptionKey: "check.third-country-permit-action.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (profile.citizenship !== "third-country" || profile.legalStatus === "residence-permit") return [];
    if (hasLiveAction(plan, PERMIT_ACTIONS)) {
      return [makeFinding(this, "met", "check.third-country-permit-action.met", { domain: "legal" })];
    }
    return [
      makeFinding(this, "gap", "check.third-country-permit-action.gap", {
        domain: "legal",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
};
