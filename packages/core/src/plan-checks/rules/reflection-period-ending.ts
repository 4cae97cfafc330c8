import { daysBetween } from "../../plan/iso-date.ts";
import { hasLiveAction, makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "legal", actionId: "reflection-period-decision-support" } as const;
const AFTER_END = { domain: "legal", actionId: "free-legal-representation" } as const;

/**
 * P2: a reflection period that is too short forces a decision about cooperating (domain.md §2,
 * §3.1; [003:87 ¶16]). Its length is country configuration (§3.2): core only reads the end
 * date and a configurable warning window (default 14 days).
 */
export const reflectionPeriodEnding: PlanRule = {
  id: "reflection-period-ending",
  principle: "principle-02",
  descriptionKey: "check.reflection-period-ending.description",
  suggests: [SUGGESTION, AFTER_END],
  check({ profile, plan, config }, today) {
    const end = profile.reflectionPeriodEnd;
    if (profile.legalStatus !== "reflection-period") return [];
    // Deadline alerts need the end date (domain.md §8.1 step 5).
    if (end === undefined)
      return [makeFinding(this, "warning", "check.reflection-period-ending.noEndDate", { domain: "legal" })];
    const daysLeft = daysBetween(today, end);
    const params = { endDate: end, days: Math.abs(daysLeft) };
    if (daysLeft < 0) {
      return [
        makeFinding(this, "warning", "check.reflection-period-ending.ended", {
          domain: "legal",
          params,
          suggestedAction: AFTER_END,
        }),
      ];
    }
    if (hasLiveAction(plan, ["reflection-period-decision-support"])) {
      return [makeFinding(this, "met", "check.reflection-period-ending.met", { domain: "legal", params })];
    }
    if (daysLeft <= config.reflectionWarningDays) {
      return [
        makeFinding(this, "gap", "check.reflection-period-ending.gap", {
          domain: "legal",
          params,
          suggestedAction: SUGGESTION,
        }),
      ];
    }
    return [makeFinding(this, "info", "check.reflection-period-ending.info", { domain: "legal", params })];
  },
};
