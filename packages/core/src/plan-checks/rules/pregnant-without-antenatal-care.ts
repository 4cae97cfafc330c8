import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "childcare", actionId: "antenatal-care" } as const;

/** P3: antenatal care for pregnant women (domain.md §1.7 P3, indicator 3.4; [000:118, 004:72]). */
export const pregnantWithoutAntenatalCare: PlanRule = withGrace({
  id: "pregnant-without-antenatal-care",
  principle: "principle-03",
  descriptionKey: "check.pregnant-without-antenatal-care.description",
  suggests: [SUGGESTION],
  check({ profile, plan }) {
    if (!profile.isPregnant) return [];
    if (hasLiveAction(plan, ["antenatal-care"])) {
      return [makeFinding(this, "met", "check.pregnant-without-antenatal-care.met", { domain: "childcare" })];
    }
    return [
      makeFinding(this, "gap", "check.pregnant-without-antenatal-care.gap", {
        domain: "childcare",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
