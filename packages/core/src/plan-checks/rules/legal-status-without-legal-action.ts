import { UNRESOLVED_LEGAL_STATUSES } from "../../plan/client-profile.ts";
import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/**
 * Legal work that addresses her status (issue 21 item 7): telling her about her rights or an
 * assessment alone does not clear the check, nor does a free-text note.
 */
export const LEGAL_WORK_ACTIONS = [
  "free-legal-representation",
  "reflection-period-decision-support",
  "residence-permit-application",
  "work-permit-application",
  "asylum-application",
  "family-reunification-application",
] as const;

/**
 * P2: an unresolved legal status needs continuous legal support (PLM) (domain.md §1.2, §1.7 P2;
 * [004:93, 004:99, 004:171]). Undocumented status must never block services [004:171].
 */
export const legalStatusWithoutLegalAction: PlanRule = withGrace({
  id: "legal-status-without-legal-action",
  principle: "principle-02",
  descriptionKey: "check.legal-status-without-legal-action.description",
  suggests: [{ domain: "legal", actionId: "free-legal-representation" }],
  check({ profile, plan }) {
    if (!UNRESOLVED_LEGAL_STATUSES.includes(profile.legalStatus)) return [];
    if (hasLiveAction(plan, LEGAL_WORK_ACTIONS)) {
      return [makeFinding(this, "met", "check.legal-status-without-legal-action.met", { domain: "legal" })];
    }
    return [
      makeFinding(this, "gap", "check.legal-status-without-legal-action.gap", {
        domain: "legal",
        suggestedAction: { domain: "legal", actionId: "free-legal-representation" },
      }),
    ];
  },
});
