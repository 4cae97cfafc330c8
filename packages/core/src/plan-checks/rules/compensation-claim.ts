import { hasLiveAction, makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const CLAIM = { domain: "legal", actionId: "compensation-claim" } as const;

/**
 * P2: she has a right to compensation from the offenders or a state fund (domain.md §3.1, §4;
 * [003:143]; issue 21 "Compensation"). When proceedings against the traffickers are under way or
 * ended in a conviction and no claim is filed or planned, the check prompts the caseworker to tell
 * her about it (information: claiming is her decision). An award not yet paid is followed up
 * [inference]: many awards are never paid without help.
 */
export const compensationClaim: PlanRule = {
  id: "compensation-claim",
  principle: "principle-02",
  descriptionKey: "check.compensation-claim.description",
  suggests: [CLAIM],
  check({ profile, plan }) {
    const claim = profile.compensationClaim ?? "none";
    if (claim === "paid") return [makeFinding(this, "met", "check.compensation-claim.paid", { domain: "legal" })];
    if (claim === "awarded")
      return [makeFinding(this, "info", "check.compensation-claim.awarded", { domain: "legal" })];
    if (claim === "filed") return [makeFinding(this, "met", "check.compensation-claim.filed", { domain: "legal" })];
    const proceedings = profile.proceedings;
    if (proceedings !== "ongoing" && proceedings !== "conviction") return [];
    if (hasLiveAction(plan, [CLAIM.actionId])) {
      return [makeFinding(this, "met", "check.compensation-claim.planned", { domain: "legal" })];
    }
    return [
      makeFinding(this, "info", `check.compensation-claim.${proceedings}`, { domain: "legal", suggestedAction: CLAIM }),
    ];
  },
};
