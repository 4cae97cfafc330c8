import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "legal", actionId: "rights-information" } as const;

/** P2: she is told her rights, in a language she understands (domain.md §1.7 P2, indicator 2.2; [003:142 ¶37]). */
export const rightsInformation: PlanRule = withGrace({
  id: "rights-information",
  principle: "principle-02",
  descriptionKey: "check.rights-information.description",
  suggests: [SUGGESTION],
  check({ plan }) {
    if (hasLiveAction(plan, ["rights-information"])) {
      return [makeFinding(this, "met", "check.rights-information.met", { domain: "legal" })];
    }
    return [
      makeFinding(this, "warning", "check.rights-information.warning", {
        domain: "legal",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
