import { daysBetween } from "../../plan/iso-date.ts";
import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P1 speed: quick access to specialised services (domain.md §1.7 P1, indicator 1.1;
 * [003:187 ¶55, 002:703]). The window is configuration ([inference] default 14 days).
 */
export const firstServiceTimely: PlanRule = {
  id: "first-service-timely",
  principle: "principle-01",
  descriptionKey: "check.first-service-timely.description",
  suggests: [],
  check({ plan, profile, config }, today) {
    const started = plan.actions.some((action) => action.status === "in-progress" || action.status === "done");
    if (started) return [makeFinding(this, "met", "check.first-service-timely.met")];
    const days = daysBetween(profile.firstContactDate, today);
    if (days <= config.firstServiceWithinDays) {
      return [
        makeFinding(this, "info", "check.first-service-timely.info", {
          params: { days, limit: config.firstServiceWithinDays },
        }),
      ];
    }
    return [makeFinding(this, "warning", "check.first-service-timely.warning", { params: { days } })];
  },
};
