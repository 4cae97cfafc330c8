import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "legal", actionId: "free-legal-representation" } as const;

/**
 * P2: a residence permit tied to cooperating with the authorities makes her stay depend on the
 * proceedings, "a serious barrier" (domain.md §3.1, §4 item 23; [003:143 ¶38, 000:60]). The flag
 * is about the permit's basis, never about her choice: legal advice on an independent route.
 */
export const permitTiedToCooperation: PlanRule = {
  id: "permit-tied-to-cooperation",
  principle: "principle-02",
  descriptionKey: "check.permit-tied-to-cooperation.description",
  suggests: [SUGGESTION],
  check({ profile }) {
    const basis = profile.permit?.basis;
    if (basis === undefined) return [];
    if (basis === "independent") {
      return [makeFinding(this, "met", "check.permit-tied-to-cooperation.met", { domain: "legal" })];
    }
    if (basis === "unknown") {
      return [makeFinding(this, "info", "check.permit-tied-to-cooperation.unknown", { domain: "legal" })];
    }
    return [
      makeFinding(this, "warning", "check.permit-tied-to-cooperation.warning", {
        domain: "legal",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
};
