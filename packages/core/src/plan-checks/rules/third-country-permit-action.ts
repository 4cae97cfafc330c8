import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const PERMIT_ACTIONS = ["residence-permit-application", "work-permit-application", "asylum-application"] as const;
const SUGGESTION = { domain: "legal", actionId: "residence-permit-application" } as const;

/**
 * P2: third-country nationals need a residence/work permit or asylum track; permits tied to
 * cooperation are "a serious barrier" (domain.md §3.1, §4 item 23; [003:143 ¶38, 000:60, 004:103]).
 * During the reflection period the check never pushes a permit, which in most states depends on
 * cooperating with the authorities: it only informs (issue 21 item 3; [003:87 ¶16]).
 */
export const thirdCountryPermitAction: PlanRule = withGrace({
  id: "third-country-permit-action",
  principle: "principle-02",
  descriptionKey: "check.third-country-permit-action.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (profile.citizenship !== "third-country" || profile.legalStatus === "residence-permit") return [];
    if (hasLiveAction(plan, PERMIT_ACTIONS)) {
      return [makeFinding(this, "met", "check.third-country-permit-action.met", { domain: "legal" })];
    }
    if (profile.legalStatus === "reflection-period") {
      return [makeFinding(this, "info", "check.third-country-permit-action.reflection", { domain: "legal" })];
    }
    return [
      makeFinding(this, "gap", "check.third-country-permit-action.gap", {
        domain: "legal",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
