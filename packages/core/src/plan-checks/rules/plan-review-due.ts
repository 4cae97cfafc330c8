import { daysBetween } from "../../plan/iso-date.ts";
import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P10: periodic plan reviews record her feedback and update goals (domain.md §8.1 step 8,
 * §1.5; [004:130]). [inference] Default interval 90 days, configurable; a plan younger than
 * the interval needs no review yet.
 */
export const planReviewDue: PlanRule = {
  id: "plan-review-due",
  principle: "principle-10",
  descriptionKey: "check.plan-review-due.description",
  suggests: [],
  check({ plan, profile, config }, today) {
    if (plan.closure !== undefined) return [];
    const since = plan.lastReviewDate ?? profile.firstContactDate;
    const days = daysBetween(since, today);
    if (days <= config.reviewIntervalDays) {
      return plan.lastReviewDate === undefined
        ? []
        : [makeFinding(this, "met", "check.plan-review-due.met", { params: { lastDate: plan.lastReviewDate } })];
    }
    const key = plan.lastReviewDate === undefined ? "check.plan-review-due.never" : "check.plan-review-due.overdue";
    return [makeFinding(this, "warning", key, { params: { lastDate: since, days } })];
  },
};
