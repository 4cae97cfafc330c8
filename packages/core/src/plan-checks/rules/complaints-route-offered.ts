import { hasOffered, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "legal", actionId: "complaints-route" } as const;

/**
 * P10 survivor voice: she knows how to complain about the service, and a complaint is recorded
 * and answered (domain.md §1.7 P10, evidence "complaints"; issue 21 "Survivor feedback"). A
 * warning while no one has told her how to complain (the catalogue action "complaints-route");
 * an "offered" check, so inside the grace window it is information only. _[inference]_ a warning,
 * not a gap: the service can still act on her voice in other ways (reviews, feedback ratings).
 */
export const complaintsRouteOffered: PlanRule = withGrace({
  id: "complaints-route-offered",
  principle: "principle-10",
  descriptionKey: "check.complaints-route-offered.description",
  suggests: [SUGGESTION],
  check({ plan }) {
    if (hasOffered(plan, [SUGGESTION.actionId])) {
      return [makeFinding(this, "met", "check.complaints-route-offered.met", { subject: "complaints-route" })];
    }
    return [
      makeFinding(this, "warning", "check.complaints-route-offered.warning", {
        subject: "complaints-route",
        domain: SUGGESTION.domain,
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
