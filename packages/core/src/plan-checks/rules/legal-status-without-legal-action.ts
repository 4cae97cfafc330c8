import { UNRESOLVED_LEGAL_STATUSES } from "../../plan/client-profile.ts";
import { hasLiveActionIn, makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * P2: an unresolved legal status needs continuous legal support (PLM) (domain.md §1.2, §1.7 P2;
 * [004:93, 004:99, 004:171]). Undocumented status must never block services [004:171].
 */
export const legalStatusWithoutLegalAction: PlanRule = {
  id: "legal-status-without-legal-action",
  principle: "principle-02",
  descriptionKey: "check.legal-status-without-legal-action.description",
  suggests: [{ domain: "legal", actionId: "free-legal-representation" }],
  check({ profile, plan }) {
    if (!UNRESOLVED_LEGAL_STATUSES.includes(profile.legalStatus)) return [];
    if (hasLiveActionIn(plan, ["legal"])) {
      return [makeFinding(this, "met", "check.legal-status-without-legal-action.met", { domain: "legal" })];
    }
    return [
      makeFinding(this, "gap", "check.legal-status-without-legal-action.gap", {
        domain: "legal",
        suggestedAction: { domain: "legal", actionId: "free-legal-representation" },
      }),
    ];
  },
};
