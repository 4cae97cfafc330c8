import { hasOffered, makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/** Steps that take her to the police, the prosecutor or the court as a witness. */
export const COURT_STEPS = ["court-accompaniment", "witness-protection-request", "special-measures-in-court"] as const;
/** Psychological or crisis support that counts as offered for the court steps. */
const SUPPORT_STEPS = ["psychological-assessment", "trauma-therapy", "crisis-support"] as const;
const SUGGESTION = { domain: "therapy", actionId: "crisis-support" } as const;

/**
 * The bridge between the legal and the psychological pathway (PLM; domain.md §1.7 P5, §3.1):
 * giving evidence re-exposes her to the trauma and to secondary victimisation, so court and
 * witness steps run with psychological or crisis support offered (issue 21 "PLM bridge";
 * [003:143 ¶38, 004:171]). An offer she declined counts: accepting support is her choice.
 */
export const courtStepsWithoutPsychologicalSupport: PlanRule = {
  id: "court-steps-without-psychological-support",
  principle: "principle-05",
  descriptionKey: "check.court-steps-without-psychological-support.description",
  suggests: [SUGGESTION],
  check({ plan }) {
    // [inference] A court step still ahead or under way; a finished one is past.
    const court = plan.actions.some(
      (a) =>
        a.actionId !== undefined &&
        (COURT_STEPS as readonly string[]).includes(a.actionId) &&
        (a.status === "planned" || a.status === "in-progress"),
    );
    if (!court) return [];
    if (hasOffered(plan, SUPPORT_STEPS)) {
      return [makeFinding(this, "met", "check.court-steps-without-psychological-support.met", { domain: "therapy" })];
    }
    return [
      makeFinding(this, "warning", "check.court-steps-without-psychological-support.warning", {
        domain: "therapy",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
};
