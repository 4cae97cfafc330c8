import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const AUTHORITIES: readonly string[] = ["police", "prosecution", "immigration"];

/**
 * P9: an independent service shares no data with police or immigration without her consent
 * (domain.md §1.7 P9, §7.2 "Consent", indicator 9.4, target 100%; [004:134, 004:46]).
 * To an authority without consent → gap; to anyone else without consent → warning.
 */
export const disclosureConsent: PlanRule = {
  id: "disclosure-consent",
  principle: "principle-09",
  descriptionKey: "check.disclosure-consent.description",
  suggests: [],
  check({ disclosures }) {
    if (disclosures.length === 0) return [];
    const withoutConsent = disclosures
      .map((disclosure, index) => ({ disclosure, index }))
      .filter(({ disclosure }) => !disclosure.hasConsent);
    if (withoutConsent.length === 0)
      return [makeFinding(this, "met", "check.disclosure-consent.met", { params: { count: disclosures.length } })];
    return withoutConsent.map(({ disclosure, index }) => {
      const toAuthority = AUTHORITIES.includes(disclosure.recipient);
      return makeFinding(
        this,
        toAuthority ? "gap" : "warning",
        toAuthority ? "check.disclosure-consent.authority" : "check.disclosure-consent.other",
        {
          subject: `${index}`,
          params: { date: disclosure.date, recipient: disclosure.recipient },
        },
      );
    });
  },
};
