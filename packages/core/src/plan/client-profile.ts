import { z } from "zod";
import { NEED_LEVELS, type NeedLevel } from "../assessments/needs-assessment.ts";
import { RISK_ANSWERS, RISK_LEVELS } from "../assessments/risk-assessment.ts";
import { RISK_ITEM_IDS } from "../assessments/risk-items.ts";
import { HOUSING_SITUATIONS } from "../clients/exploitation.ts";
import { DOMAIN_IDS } from "../domains/domain-ids.ts";
import { IsoDateSchema } from "./iso-date.ts";

/**
 * The facts about a woman that the plan checks need. Everything else about her lives in the
 * case record; this is deliberately small (data minimisation, domain.md §7.2).
 */

/** EU citizen vs. third-country national decides the legal track (domain.md §8.1 step 2; [000:38, 004:103]). */
export const CITIZENSHIP_GROUPS = ["eu", "third-country"] as const;

/** Legal-status categories used for disaggregation and the legal track (domain.md §2, §5.5). */
export const LEGAL_STATUSES = [
  "eu-citizen",
  "reflection-period",
  "residence-permit",
  "asylum-pending",
  "asylum-refused",
  "undocumented",
  "other",
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/** [inference] Statuses that still need legal work: anything but EU citizenship or a permit. */
export const UNRESOLVED_LEGAL_STATUSES: readonly LegalStatus[] = [
  "reflection-period",
  "asylum-pending",
  "asylum-refused",
  "undocumented",
  "other",
];

/** Identification by the authorities, as a status field (domain.md §2 "Identification status"). */
export const IDENTIFICATION_STATUSES = [
  "not-assessed",
  "reasonable-grounds",
  "formally-identified",
  "refused",
  "appealed",
] as const;

/**
 * Her choice about cooperating with the authorities. Recorded separately and NEVER an
 * eligibility condition (domain.md §7.2 "Consent"; [002:717, 004:171]). No rule reads it.
 */
export const COOPERATION_CHOICES = ["cooperating", "not-cooperating", "undecided", "not-asked"] as const;

export const LANGUAGE_CODE_MAX_LENGTH = 35;

/**
 * A language as a BCP 47 tag ("en", "ro", "pcm", "pt-BR"), never free words: the field is kept
 * after an erasure, so it must not be able to hold a name or a note.
 */
export const LanguageTagSchema = z
  .string()
  .trim()
  .min(2)
  .max(LANGUAGE_CODE_MAX_LENGTH)
  // language, optional script, optional region: "pt-BR", "sr-Latn", "es-419"; no variants, so no room for words
  .regex(/^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?$/i, { error: "error.languageTag" });
export const MAX_CHILDREN = 20;

/**
 * Where a child lives: with her, elsewhere in this country (e.g. with relatives, in care) or
 * abroad (often with family in the country of origin). The childcare checks follow it.
 */
export const CHILD_RESIDENCES = ["with-her", "in-country", "abroad"] as const;
export type ChildResidence = (typeof CHILD_RESIDENCES)[number];
/** A child's age in years; adult children are recorded too (they may still live with her). */
export const CHILD_MAX_AGE = 40;

export const ChildSchema = z.object({
  age: z.int().min(0).max(CHILD_MAX_AGE),
  livesWith: z.enum(CHILD_RESIDENCES),
});
export type Child = z.infer<typeof ChildSchema>;

const ChildrenSchema = z
  .object({
    count: z.int().min(0).max(MAX_CHILDREN),
    /** Ages in years; optional, never more entries than children. */
    ages: z.array(z.int().min(0).max(17)).max(MAX_CHILDREN).optional(),
    /**
     * Each child's age and where she or he lives, one entry per child (issue 21 item 8). When
     * missing for a mother, the P3 checks ask for it instead of assuming children in her care.
     */
    list: z.array(ChildSchema).max(MAX_CHILDREN).optional(),
  })
  .refine((children) => children.list === undefined || children.list.length === children.count, {
    error: "plan.error.childrenListCount",
    path: ["list"],
  });

/**
 * The basis of her residence permit: tied to cooperating with the authorities (in most states
 * the victims' permit of Directive 2004/81/EC), independent of it (humanitarian, asylum, family,
 * work), or not known. Recorded so the checks can flag a permit that makes her stay depend on
 * cooperation [003:143 ¶38, 000:60]; never read as her choice about cooperating.
 */
export const PERMIT_BASES = ["tied-to-cooperation", "independent", "unknown"] as const;
export type PermitBasis = (typeof PERMIT_BASES)[number];
export const RIGHT_TO_WORK = ["yes", "no", "unknown"] as const;

export const PermitSchema = z.object({
  basis: z.enum(PERMIT_BASES),
  expiresOn: IsoDateSchema.optional(),
});
export type Permit = z.infer<typeof PermitSchema>;

/**
 * Criminal charges against HER, e.g. for offences she was compelled to commit while exploited
 * (issue 21 "Non-punishment"). Recorded separately from her choice about cooperating with the
 * authorities, which no rule reads; charges call for a non-punishment defence and free legal
 * representation (domain.md §3.1; [000:140, 002:215]).
 */
export const CHARGE_STATUSES = ["none", "pending", "convicted", "unknown"] as const;
export type ChargeStatus = (typeof CHARGE_STATUSES)[number];

/**
 * Criminal proceedings against those who exploited her, and their outcome: a conviction opens
 * a compensation claim (issue 21 "Compensation"; domain.md §3.1 [003:143]). [inference] the
 * outcome is one field: a conviction is what ends proceedings in her favour.
 */
export const PROCEEDINGS_STATUSES = ["none", "ongoing", "conviction", "no-conviction", "unknown"] as const;
export type ProceedingsStatus = (typeof PROCEEDINGS_STATUSES)[number];

/** Her compensation claim: none yet, filed, awarded by a court or fund, actually paid to her. */
export const COMPENSATION_CLAIM_STATUSES = ["none", "filed", "awarded", "paid"] as const;
export type CompensationClaimStatus = (typeof COMPENSATION_CLAIM_STATUSES)[number];

export const ClientProfileSchema = z
  .object({
    /**
     * Only adult women are clients. A girl is referred to child protection, never taken on as
     * a client (domain.md §10 item 10, product decision; [002:686]).
     */
    isAdult: z.literal(true, { error: "plan.error.minorIsReferral" }),
    ageYears: z.int().min(18, { error: "plan.error.minorIsReferral" }).max(120).optional(),
    citizenship: z.enum(CITIZENSHIP_GROUPS),
    children: ChildrenSchema,
    isPregnant: z.boolean(),
    /** Languages she speaks, as BCP 47 tags ("en", "pcm", "ro"). */
    languages: z.array(LanguageTagSchema).max(10),
    needsInterpreter: z.boolean(),
    legalStatus: z.enum(LEGAL_STATUSES),
    /** End of the reflection period; its length is country configuration, never hard-coded (domain.md §3.2). */
    reflectionPeriodEnd: IsoDateSchema.optional(),
    identificationStatus: z.enum(IDENTIFICATION_STATUSES),
    cooperationWithAuthorities: z.enum(COOPERATION_CHOICES),
    /** She is in training, education or work (for the childcare check, indicator 3.2). */
    isInTrainingOrWork: z.boolean(),
    /** Need level per domain from her latest needs assessment (assessments/needs-assessment.ts). */
    needs: z.partialRecord(z.enum(DOMAIN_IDS), z.enum(NEED_LEVELS)),
    /** Overall level from her latest risk assessment (assessments/risk-assessment.ts). */
    riskLevel: z.enum(RISK_LEVELS).optional(),
    /** The answers of her latest risk assessment, item by item (yes / no / unknown). */
    riskAnswers: z.partialRecord(z.enum(RISK_ITEM_IDS), z.enum(RISK_ANSWERS)).optional(),
    /** Her residence permit, when she has one: its basis and expiry. */
    permit: PermitSchema.optional(),
    /** Whether she may work legally (for the work-permit check). */
    rightToWork: z.enum(RIGHT_TO_WORK).optional(),
    /** Charges against her (non-punishment check); absent when not recorded. */
    chargesAgainstHer: z.enum(CHARGE_STATUSES).optional(),
    /** Proceedings against the traffickers and their outcome (compensation check). */
    proceedings: z.enum(PROCEEDINGS_STATUSES).optional(),
    /** Her compensation claim (compensation check). */
    compensationClaim: z.enum(COMPENSATION_CLAIM_STATUSES).optional(),
    /** Where she lives now, recorded at intake (P4 looks at it when the programme does not house her). */
    housingSituation: z.enum(HOUSING_SITUATIONS).optional(),
    firstContactDate: IsoDateSchema,
  })
  .refine((profile) => (profile.children.ages?.length ?? 0) <= profile.children.count, {
    error: "plan.error.moreAgesThanChildren",
    path: ["children", "ages"],
  });
export type ClientProfile = z.infer<typeof ClientProfileSchema>;

/** True when her need in a domain is at least `level`. An unassessed domain counts as none. */
export function needIsAtLeast(
  profile: Pick<ClientProfile, "needs">,
  domain: (typeof DOMAIN_IDS)[number],
  level: NeedLevel,
): boolean {
  const actual = profile.needs[domain] ?? "none";
  return NEED_LEVELS.indexOf(actual) >= NEED_LEVELS.indexOf(level);
}

/** Her children under 18 who live with her (known only when each child's residence is recorded). */
export function childrenInHerCare(profile: Pick<ClientProfile, "children">): Child[] {
  return (profile.children.list ?? []).filter((child) => child.livesWith === "with-her" && child.age < 18);
}

/** She has children but where they live and their ages are not recorded yet. */
export function childrenNotRecorded(profile: Pick<ClientProfile, "children">): boolean {
  return profile.children.count > 0 && profile.children.list === undefined;
}
