import { daysBetween } from "../../plan/iso-date.ts";
import { makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P8: VAW tools (risk assessment, safety plan) are used and reviewed; indicator 8.1 asks for a
 * review in the last 90 days (domain.md §1.7 P8, §5.3; [004:134, 002:598]). Interval is configurable.
 */
export const safetyReviewDue: PlanRule = withGrace({
  id: "safety-review-due",
  principle: "principle-08",
  descriptionKey: "check.safety-review-due.description",
  suggests: [
    { domain: "digital-safety", actionId: "safety-plan" },
    { domain: "digital-safety", actionId: "risk-review" },
  ],
  check({ plan, config }, today) {
    const last = plan.lastSafetyReviewDate;
    if (last === undefined) {
      return [
        makeFinding(this, "gap", "check.safety-review-due.missing", {
          suggestedAction: { domain: "digital-safety", actionId: "safety-plan" },
        }),
      ];
    }
    const days = daysBetween(last, today);
    if (days > config.safetyReviewIntervalDays) {
      return [
        makeFinding(this, "gap", "check.safety-review-due.overdue", {
          params: { lastDate: last, days },
          suggestedAction: { domain: "digital-safety", actionId: "risk-review" },
        }),
      ];
    }
    return [makeFinding(this, "met", "check.safety-review-due.met", { params: { lastDate: last } })];
  },
});
