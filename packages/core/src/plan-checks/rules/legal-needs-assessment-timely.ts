import { daysBetween } from "../../plan/iso-date.ts";
import { hasLiveAction, makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "legal", actionId: "legal-needs-assessment" } as const;

/**
 * P2: a legal-needs assessment within N days of first contact (domain.md §1.7 P2, indicator
 * 2.1; default 14 days, configurable). Done → met; planned but late → warning; missing and
 * late → gap; missing but still in the window → info.
 */
export const legalNeedsAssessmentTimely: PlanRule = {
  id: "legal-needs-assessment-timely",
  principle: "principle-02",
  descriptionKey: "check.legal-needs-assessment-timely.description",
  suggests: [SUGGESTION],
  check({ profile, plan, config }, today) {
    const assessments = plan.actions.filter((action) => action.actionId === "legal-needs-assessment");
    if (assessments.some((action) => action.status === "done")) {
      return [makeFinding(this, "met", "check.legal-needs-assessment-timely.met", { domain: "legal" })];
    }
    const days = daysBetween(profile.firstContactDate, today);
    const limit = config.legalAssessmentWithinDays;
    const params = { days, limit };
    if (days <= limit) {
      return [makeFinding(this, "info", "check.legal-needs-assessment-timely.info", { domain: "legal", params })];
    }
    if (hasLiveAction(plan, ["legal-needs-assessment"])) {
      return [makeFinding(this, "warning", "check.legal-needs-assessment-timely.warning", { domain: "legal", params })];
    }
    return [
      makeFinding(this, "gap", "check.legal-needs-assessment-timely.gap", {
        domain: "legal",
        params,
        suggestedAction: SUGGESTION,
      }),
    ];
  },
};
