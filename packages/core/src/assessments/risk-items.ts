import type { MessageKey } from "../i18n/catalogue.ts";

/**
 * The structured risk items of domain.md §4, in its order (1–43), with stable ids; item 44
 * (depression or PTSD) was split from item 40 so that only self-harm or suicide escalates.
 *
 * Items describe circumstances and dangers created by others, never a fault of hers:
 * vulnerability does not cause trafficking, the exploiter's decision does, and items must not
 * be used to blame women [002:306]. Risk factors act in combination [002:155, 002:293].
 */
export const RISK_GROUPS = ["a", "b", "c", "d", "e"] as const;
export type RiskGroup = (typeof RISK_GROUPS)[number];

export const RISK_ITEM_IDS_BY_GROUP = {
  // A. Background vulnerability: why she was targeted; still relevant to re-trafficking
  a: [
    "poverty-or-debt", // 1 [002:297, 000:118, 004:10]
    "low-education", // 2 [002:293, 000:118]
    "no-family-support", // 3 [000:118, 002:298]
    "young-or-trafficked-as-minor", // 4 [001:58, 002:392, 000:32, 000:102]
    "ethnic-discrimination", // 5 [000:106, 000:130, 002:304, 004:60]
    "orientation-or-class-discrimination", // 6 [000:161, 000:118]
    "disability", // 7 [002:299, 004:60]
    "substance-dependence", // 8 [002:300, 004:72]
    "insecure-migration-status", // 9 [002:301-302, 002:652]
    "conflict-or-route-abuse", // 10 [000:118, 000:154, 002:639, 002:645]
    "earlier-violence", // 11 [002:303, 004:10]
    "urgent-money-need", // 12 [002:150, 002:156]
    "pregnant-or-children", // 13 [000:118]
  ],
  // B. Control mechanisms that may still be active: current danger
  b: [
    "debt-bondage", // 14 [000:124, 002:336, 002:372, 002:644]
    "threats-to-family", // 15 [000:74, 000:124, 000:64]
    "documents-withheld", // 16 [002:378]
    "close-relationship-with-exploiter", // 17 [002:335, 002:349, 002:361, 000:80, 000:130, 002:635]
    "community-control", // 18 [002:277]
    "technology-control", // 19 [002:337, 002:596-598]
    "deportation-threat", // 20 [000:124, 004:46]
    "psychological-manipulation", // 21 [002:326, 002:481]
  ],
  // C. Risk factors for re-trafficking or relapse after exit
  c: [
    "no-legal-work", // 22 [004:99]
    "insecure-legal-status", // 23 [003:143 ¶38, 000:140]
    "unsafe-housing", // 24 [004:101]
    "no-childcare", // 25 [004:101]
    "no-income", // 26 [004:46, 004:149]
    "unsafe-return", // 27 [000:134]
    "deportation-risk", // 28 [000:140, 000:82]
    "limited-legal-routes", // 29 [000:134]
    "isolation", // 30 [004:103]
    "unfamiliar-systems", // 31 [004:46]
  ],
  // D. Secondary-victimisation risks: harm from the system
  d: [
    "long-proceedings", // 32 [000:146]
    "in-person-testimony", // 33 [000:66]
    "credibility-attacked", // 34 [000:66, 000:148]
    "prosecution-exposure", // 35 [000:140, 002:215]
    "conditional-support", // 36 [000:142, 000:88]
    "mistrust-of-authorities", // 37 [004:46]
    "media-exposure", // 38 [002:675]
    "re-traumatising-housing", // 39 [004:101]
  ],
  // E. Health and safety risks [004:72]
  e: [
    "self-harm-risk", // 40
    "possible-brain-injury", // 41
    "sti-or-pregnancy", // 42
    "inflicted-injuries", // 43
    // 44: split from item 40 (issue 21 item 4): very common after trafficking, not an immediate danger
    "depression-or-ptsd", // 44 [004:72]
  ],
} as const satisfies Record<RiskGroup, readonly string[]>;

export type RiskItemId = (typeof RISK_ITEM_IDS_BY_GROUP)[RiskGroup][number];

export type RiskItem = {
  readonly id: RiskItemId;
  /** 1–43, the numbering of domain.md §4. */
  readonly number: number;
  readonly group: RiskGroup;
  readonly labelKey: MessageKey;
};

export const RISK_ITEMS: readonly RiskItem[] = RISK_GROUPS.flatMap((group) =>
  RISK_ITEM_IDS_BY_GROUP[group].map((id: RiskItemId) => ({
    id,
    group,
    labelKey: `risk.item.${id}` as const satisfies MessageKey,
  })),
).map((item, index) => ({ ...item, number: index + 1 }));

export const RISK_ITEM_IDS: readonly RiskItemId[] = RISK_ITEMS.map((item) => item.id);

const BY_ID: ReadonlyMap<string, RiskItem> = new Map(RISK_ITEMS.map((item) => [item.id, item]));

export function isRiskItemId(value: unknown): value is RiskItemId {
  return typeof value === "string" && BY_ID.has(value);
}

export function getRiskItem(id: string): RiskItem | undefined {
  return BY_ID.get(id);
}

export function riskGroupTitleKey(group: RiskGroup): MessageKey {
  return `risk.group.${group}` as const satisfies MessageKey;
}
