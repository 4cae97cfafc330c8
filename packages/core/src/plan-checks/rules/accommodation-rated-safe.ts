import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "accommodation", actionId: "accommodation-safety-check" } as const;

/**
 * P4: she rates her housing safe; unsafe housing re-traumatises (domain.md §1.4, §1.7 P4,
 * indicator 4.2; [004:101, 002:598]). Her own rating counts, not the staff's view.
 */
export const accommodationRatedSafe: PlanRule = {
  id: "accommodation-rated-safe",
  principle: "principle-04",
  descriptionKey: "check.accommodation-rated-safe.description",
  suggests: [SUGGESTION],
  check({ plan }) {
    const rating = plan.accommodation?.ratedSafeByHer;
    if (rating === undefined) return [];
    if (rating === "yes")
      return [makeFinding(this, "met", "check.accommodation-rated-safe.met", { domain: "accommodation" })];
    const severity = rating === "no" ? "gap" : "warning";
    const key = rating === "no" ? "check.accommodation-rated-safe.gap" : "check.accommodation-rated-safe.notAsked";
    return [makeFinding(this, severity, key, { domain: "accommodation", suggestedAction: SUGGESTION })];
  },
};
