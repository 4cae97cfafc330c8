import { daysBetween } from "../../plan/iso-date.ts";
import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P1: support should be "quick to respond, predictable and clear" (domain.md §1.7 P1;
 * [002:703]). An open action past its due date is a warning, one finding per action.
 */
export const overdueActions: PlanRule = {
  id: "overdue-actions",
  principle: "principle-01",
  descriptionKey: "check.overdue-actions.description",
  suggests: [],
  check({ plan }, today) {
    return plan.actions.flatMap((action) => {
      const open = action.status === "planned" || action.status === "in-progress";
      if (!open || action.dueDate === undefined || action.dueDate >= today) return [];
      return [
        makeFinding(this, "warning", "check.overdue-actions.warning", {
          subject: action.id,
          domain: action.domain,
          params: { dueDate: action.dueDate, days: daysBetween(action.dueDate, today) },
        }),
      ];
    });
  },
};
