import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "digital-safety", actionId: "digital-safety-check" } as const;

/**
 * P8: traffickers track women through phones and social media after they escape (domain.md
 * §7.1; [002:596-598, 002:625]). Calibrated (issue 21 item 4): a digital-safety check is asked
 * for when her risk assessment says she is controlled through technology (item 19) or her level
 * is critical, not for every "high" level (any single control item sets "high").
 */
export const digitalSafetyForHighRisk: PlanRule = withGrace({
  id: "digital-safety-for-high-risk",
  principle: "principle-08",
  descriptionKey: "check.digital-safety-for-high-risk.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    const technology = profile.riskAnswers?.["technology-control"];
    if (technology !== "yes" && profile.riskLevel !== "critical") {
      return technology === "unknown"
        ? [makeFinding(this, "info", "check.digital-safety-for-high-risk.ask", { domain: "digital-safety" })]
        : [];
    }
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
});
