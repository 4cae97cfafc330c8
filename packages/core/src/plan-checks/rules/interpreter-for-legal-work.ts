import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "interpreting", actionId: "interpreter-booking" } as const;

/**
 * P2: rights information and legal work in a language she understands (indicator 2.2;
 * [003:123 ¶28, 004:169]). [inference] Interpreting itself is not in the sources (domain.md §2).
 */
export const interpreterForLegalWork: PlanRule = withGrace({
  id: "interpreter-for-legal-work",
  principle: "principle-02",
  descriptionKey: "check.interpreter-for-legal-work.description",
  suggests: [SUGGESTION],
  check({ profile, plan, legalAppointmentsWithInterpreter }) {
    if (!profile.needsInterpreter) return [];
    if (legalAppointmentsWithInterpreter > 0 || hasLiveAction(plan, ["interpreter-booking", "cultural-mediation"])) {
      return [makeFinding(this, "met", "check.interpreter-for-legal-work.met", { domain: "interpreting" })];
    }
    return [
      makeFinding(this, "gap", "check.interpreter-for-legal-work.gap", {
        domain: "interpreting",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
