import type { MessageKey } from "../i18n/catalogue.ts";
import { DOMAIN_IDS, type DomainId } from "./domain-ids.ts";

/**
 * Typical actions per support domain (domain.md §2, §1.7 col. 2–3, §8.1). The ids are stable
 * and stored with plan items; they are unique across all domains. Labels are for staff, the
 * descriptions are plain language for the printable plan she keeps.
 *
 * [inference] `safety-plan` and `risk-review` sit in `digital-safety`, the domain of P8
 * (VAW practice: risk assessment and safety plan, §1.7 P8, indicator 8.1).
 */
export const ACTION_IDS_BY_DOMAIN = {
  // P4 [004:117-119, 004:171, 004:101]; mother-and-child places [001:186]
  accommodation: ["single-sex-shelter-place", "move-on-flat", "accommodation-safety-check", "mother-and-child-place"],
  // P3 [000:118, 004:101, 004:72]; children back into school [002:702]
  // child protection for her children (issue 21) [002:686]
  childcare: [
    "child-needs-assessment",
    "childcare-place",
    "antenatal-care",
    "children-school-enrolment",
    "child-protection-referral",
  ],
  // P2 legal tracks (§1.7 P2, §3.1, §8.1 step 5)
  legal: [
    "legal-needs-assessment",
    "rights-information",
    "free-legal-representation",
    "reflection-period-decision-support",
    "residence-permit-application",
    "work-permit-application",
    "asylum-application",
    "non-punishment-defence",
    "compensation-claim",
    "witness-protection-request",
    "family-reunification-application",
    "court-accompaniment",
    // documents withheld by the exploiters (risk item 16) [002:378]
    "identity-documents-replacement",
    // protective measures for her as a witness (screens, video link, no repeated questioning) [003:143 ¶38]
    "special-measures-in-court",
    // identification by the authorities / national referral mechanism (domain.md §2) [003:187 ¶55]
    "identification-support",
    // [inference] only ever as her own informed choice, never as a condition or an exit (issue 21)
    "voluntary-return-or-relocation",
    // [inference] how to complain about the service or the authorities (P10 survivor voice)
    "complaints-route",
  ],
  // P5 [004:93, 004:103, 004:171]
  therapy: ["psychological-assessment", "trauma-therapy", "crisis-support"],
  // P6 [004:72, 004:103, 004:217]
  medical: [
    "health-check",
    "sexual-reproductive-health-screening",
    "primary-care-registration",
    "tbi-screening",
    "addiction-support-referral",
  ],
  // P7 [004:103]
  language: ["language-course", "language-level-test"],
  // P7 [004:149, 003:142 ¶37]
  training: ["education-enrolment", "vocational-training", "job-readiness-course"],
  // EEM [004:93, 004:99]; safe change of employer [002:311]
  employment: ["job-search-support", "formal-employment-contract", "employer-mediation"],
  // EEM [004:149, 004:103]; debt bondage [000:124, 002:336]
  // micro-finance and benefits registration (issue 21) [inference]
  money: [
    "financial-allowance",
    "bank-account-opening",
    "debt-advice",
    "budgeting-support",
    "micro-finance",
    "benefits-registration",
  ],
  // P11 [004:103]
  "peer-support": ["peer-group-offer", "peer-group-attendance"],
  // cultural mediators [002:702]; interpreting itself is [inference] (domain.md §2)
  interpreting: ["interpreter-booking", "cultural-mediation"],
  // P8 and §7 [002:596-598, 002:623-625]
  // [inference] follow-up after closure (with her consent) checks she is still safe: P8's domain
  "digital-safety": [
    "digital-safety-check",
    "new-phone-and-accounts",
    "safety-plan",
    "risk-review",
    "follow-up-after-closure",
  ],
} as const satisfies Record<DomainId, readonly string[]>;

export type ActionId = (typeof ACTION_IDS_BY_DOMAIN)[DomainId][number];

export type Action = {
  readonly id: ActionId;
  readonly domain: DomainId;
  /** Short label for staff views. */
  readonly labelKey: MessageKey;
  /** One plain-language sentence for the plan she keeps. */
  readonly descriptionKey: MessageKey;
};

function buildAction(id: ActionId, domain: DomainId): Action {
  // `satisfies` makes a missing message a compile error, not a runtime gap.
  const labelKey = `action.${id}.label` as const satisfies MessageKey;
  const descriptionKey = `action.${id}.description` as const satisfies MessageKey;
  return { id, domain, labelKey, descriptionKey };
}

/** All actions, in domain order, then catalogue order. */
export const ACTIONS: readonly Action[] = DOMAIN_IDS.flatMap((domain) =>
  ACTION_IDS_BY_DOMAIN[domain].map((id: ActionId) => buildAction(id, domain)),
);

export const ACTION_IDS: readonly ActionId[] = ACTIONS.map((action) => action.id);

const BY_ID: ReadonlyMap<string, Action> = new Map(ACTIONS.map((action) => [action.id, action]));

export function isActionId(value: unknown): value is ActionId {
  return typeof value === "string" && BY_ID.has(value);
}

/** The action with this id, or undefined for an unknown id. */
export function getAction(id: string): Action | undefined {
  return BY_ID.get(id);
}

export function actionsForDomain(domain: DomainId): readonly Action[] {
  return ACTIONS.filter((action) => action.domain === domain);
}
