import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "legal", actionId: "free-legal-representation" } as const;

/**
 * P2: a refused identification can be appealed and risks deportation (domain.md §2
 * "Identification status", §4 item 28; [000:140, 004:175]). Support goes on regardless [000:138].
 */
export const identificationRefused: PlanRule = withGrace({
  id: "identification-refused",
  principle: "principle-02",
  descriptionKey: "check.identification-refused.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (profile.identificationStatus !== "refused" && profile.identificationStatus !== "appealed") return [];
    if (hasLiveAction(plan, ["free-legal-representation"])) {
      return [makeFinding(this, "met", "check.identification-refused.met", { domain: "legal" })];
    }
    return [
      makeFinding(this, "gap", "check.identification-refused.gap", { domain: "legal", suggestedAction: SUGGESTION }),
    ];
  },
});
