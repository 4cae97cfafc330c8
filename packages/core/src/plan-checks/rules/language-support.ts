import { needIsAtLeast } from "../../plan/client-profile.ts";
import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "language", actionId: "language-course" } as const;

/**
 * P7: a language barrier gets a language course or an interpreter; not knowing the local
 * system keeps women from their rights (domain.md §1.7 P7, indicator 7.1; [004:46, 004:103]).
 * Only a language course clears it: an interpreter is a separate check (interpreter-for-legal-work).
 */
export const languageSupport: PlanRule = withGrace({
  id: "language-support",
  principle: "principle-07",
  descriptionKey: "check.language-support.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (!profile.needsInterpreter && !needIsAtLeast(profile, "language", "medium")) return [];
    if (hasLiveAction(plan, ["language-course"])) {
      return [makeFinding(this, "met", "check.language-support.met", { domain: "language" })];
    }
    return [
      makeFinding(this, "gap", "check.language-support.gap", { domain: "language", suggestedAction: SUGGESTION }),
    ];
  },
});
