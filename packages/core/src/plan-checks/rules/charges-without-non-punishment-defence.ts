import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const DEFENCE = { domain: "legal", actionId: "non-punishment-defence" } as const;

/**
 * P2: a woman charged with (or convicted of) offences she was compelled to commit while exploited
 * is protected by the non-punishment principle; she needs that defence and free legal
 * representation (domain.md §3.1; [000:140, 002:215]; issue 21 "Non-punishment"). The rule reads
 * only the charges recorded against her, never her choice about cooperating with the authorities.
 * [inference] A free-representation step clears it too: the lawyer raises the defence.
 */
export const chargesWithoutNonPunishmentDefence: PlanRule = withGrace({
  id: "charges-without-non-punishment-defence",
  principle: "principle-02",
  descriptionKey: "check.charges-without-non-punishment-defence.description",
  suggests: [DEFENCE],
  check({ profile, plan }) {
    const charges = profile.chargesAgainstHer;
    if (charges !== "pending" && charges !== "convicted") return [];
    if (hasLiveAction(plan, ["non-punishment-defence", "free-legal-representation"])) {
      return [makeFinding(this, "met", "check.charges-without-non-punishment-defence.met", { domain: "legal" })];
    }
    return [
      makeFinding(this, "gap", `check.charges-without-non-punishment-defence.${charges}`, {
        domain: "legal",
        suggestedAction: DEFENCE,
      }),
    ];
  },
});
