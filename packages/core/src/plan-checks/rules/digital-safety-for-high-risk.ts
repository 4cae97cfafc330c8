import { hasLiveAction, makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "digital-safety", actionId: "digital-safety-check" } as const;

/**
 * P8: traffickers track women through phones and social media after they escape (domain.md
 * §7.1; [002:596-598, 002:625]). A high or critical risk level gets a digital-safety check.
 */
export const digitalSafetyForHighRisk: PlanRule = {
  id: "digital-safety-for-high-risk",
  principle: "principle-08",
  descriptionKey: "check.digital-safety-for-high-risk.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (profile.riskLevel !== "high" && profile.riskLevel !== "critical") return [];
    if (hasLiveAction(plan, ["digital-safety-check", "new-phone-and-accounts"])) {
      return [makeFinding(this, "met", "check.digital-safety-for-high-risk.met", { domain: "digital-safety" })];
    }
    return [
      makeFinding(this, "warning", "check.digital-safety-for-high-risk.warning", {
        domain: "digital-safety",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
};
