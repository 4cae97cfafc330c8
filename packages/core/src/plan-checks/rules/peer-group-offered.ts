import { hasOffered, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const SUGGESTION = { domain: "peer-support", actionId: "peer-group-offer" } as const;

/**
 * P11: women felt empowered by female peer-to-peer support groups (domain.md §1.7 P11,
 * indicator 11.1; [004:103]). Caution: co-ethnic groups can also be a channel of control
 * [002:277], so joining is always her choice; a declined offer counts as offered.
 */
export const peerGroupOffered: PlanRule = withGrace({
  id: "peer-group-offered",
  principle: "principle-11",
  descriptionKey: "check.peer-group-offered.description",
  suggests: [SUGGESTION],
  check({ plan }) {
    if (hasOffered(plan, ["peer-group-offer", "peer-group-attendance"])) {
      return [makeFinding(this, "met", "check.peer-group-offered.met", { domain: "peer-support" })];
    }
    return [
      makeFinding(this, "warning", "check.peer-group-offered.warning", {
        domain: "peer-support",
        suggestedAction: SUGGESTION,
      }),
    ];
  },
});
