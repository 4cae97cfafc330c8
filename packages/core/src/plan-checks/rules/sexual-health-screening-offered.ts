import { hasOffered, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "medical", actionId: "sexual-reproductive-health-screening" } as const;

/** P6: sexual and reproductive health screening is offered (domain.md §1.7 P6, indicator 6.1; [004:72]). */
export const sexualHealthScreeningOffered: PlanRule = withGrace({
  id: "sexual-health-screening-offered",
  principle: "principle-06",
  descriptionKey: "check.sexual-health-screening-offered.description",
  suggests: [SUGGESTION],
  check({ plan }) {
    if (hasOffered(plan, ["sexual-reproductive-health-screening"])) {
      return [makeFinding(this, "met", "check.sexual-health-screening-offered.met", { domain: "medical" })];
    }
    return [
      makeFinding(this, "warning", "check.sexual-health-screening-offered.warning", {
        domain: "medical",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
