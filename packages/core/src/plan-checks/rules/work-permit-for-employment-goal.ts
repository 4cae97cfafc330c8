import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "legal", actionId: "work-permit-application" } as const;

/**
 * P7/EEM: barriers to legal work push women into informal work and back towards exploitation
 * (domain.md §1.3, §4 item 22; [004:99, 003:142 ¶37]). When her goals include work and she has
 * no right to work, the plan needs a work-permit step; when it is not known, find out.
 */
export const workPermitForEmploymentGoal: PlanRule = withGrace({
  id: "work-permit-for-employment-goal",
  principle: "principle-07",
  descriptionKey: "check.work-permit-for-employment-goal.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (!plan.goals.some((goal) => goal.domain === "employment")) return [];
    if (profile.rightToWork === "yes" || profile.rightToWork === undefined) return [];
    if (hasLiveAction(plan, ["work-permit-application"])) {
      return [makeFinding(this, "met", "check.work-permit-for-employment-goal.met", { domain: "legal" })];
    }
    if (profile.rightToWork === "unknown") {
      return [makeFinding(this, "warning", "check.work-permit-for-employment-goal.unknown", { domain: "legal" })];
    }
    return [
      makeFinding(this, "gap", "check.work-permit-for-employment-goal.gap", {
        domain: "legal",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
