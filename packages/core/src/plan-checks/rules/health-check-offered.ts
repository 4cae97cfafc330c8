import { hasOffered, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "medical", actionId: "health-check" } as const;

/**
 * P6: a health check is offered; women needed help to reach medical services (domain.md §1.7 P6,
 * indicator 6.1; [004:50, 004:72, 004:103]). Declined (cancelled) still counts as offered.
 */
export const healthCheckOffered: PlanRule = withGrace({
  id: "health-check-offered",
  principle: "principle-06",
  descriptionKey: "check.health-check-offered.description",
  suggests: [SUGGESTION],
  check({ plan }) {
    if (hasOffered(plan, ["health-check"])) {
      return [makeFinding(this, "met", "check.health-check-offered.met", { domain: "medical" })];
    }
    return [
      makeFinding(this, "gap", "check.health-check-offered.gap", { domain: "medical", suggestedAction: SUGGESTION }),
    ];
  },
});
