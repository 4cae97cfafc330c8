import { daysBetween } from "../../plan/iso-date.ts";
import { hasLiveAction, makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "legal", actionId: "residence-permit-application" } as const;

/**
 * P2: an expired permit exposes her to deportation and informal work, both risks of
 * re-trafficking (domain.md §4 items 23, 28; [003:143 ¶38, 000:140]). Warn a configurable number
 * of days before it expires (default 60); a renewal application in the plan clears it.
 */
export const permitExpiry: PlanRule = {
  id: "permit-expiry",
  principle: "principle-02",
  descriptionKey: "check.permit-expiry.description",
  suggests: [SUGGESTION],
  check({ profile, plan, config }, today) {
    const expiresOn = profile.permit?.expiresOn;
    if (expiresOn === undefined) {
      return profile.legalStatus === "residence-permit"
        ? [makeFinding(this, "info", "check.permit-expiry.noDate", { domain: "legal" })]
        : [];
    }
    const daysLeft = daysBetween(today, expiresOn);
    const params = { endDate: expiresOn, days: Math.abs(daysLeft) };
    if (daysLeft > config.permitWarningDays) {
      return [makeFinding(this, "met", "check.permit-expiry.met", { domain: "legal", params })];
    }
    if (hasLiveAction(plan, ["residence-permit-application"])) {
      return [makeFinding(this, "met", "check.permit-expiry.renewal", { domain: "legal", params })];
    }
    const expired = daysLeft < 0;
    return [
      makeFinding(
        this,
        expired ? "gap" : "warning",
        expired ? "check.permit-expiry.expired" : "check.permit-expiry.soon",
        {
          domain: "legal",
          params,
          suggestedAction: SUGGESTION,
        },
      ),
    ];
  },
};
