import { z } from "zod";
import { CLIENT_STATUSES } from "../clients/client-status.ts";
import { DOMAIN_IDS } from "../domains/domain-ids.ts";
import { CITIZENSHIP_GROUPS, LEGAL_STATUSES } from "../plan/client-profile.ts";
import { IsoDateSchema } from "../plan/iso-date.ts";
import { CLOSURE_REASONS } from "../plan/plan.ts";

/**
 * One flat row per woman, built by the API from query results, that every indicator is
 * computed from. It holds facts and flags only: no names, no free text, no exact birth date.
 * It never leaves the organisation as is; only protected aggregates do (disclosure/).
 * Optional dates are absent when the event has not happened.
 */
export const AGE_BANDS = ["18-24", "25-34", "35-44", "45+", "unknown"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const LadderSchema = z.partialRecord(z.enum(DOMAIN_IDS), z.number().min(0).max(10));
const Count = z.int().min(0).max(10_000);

export const CaseRecordSchema = z.object({
  /** Pseudonymous case id (never the identity-vault id). Used only to count women once. */
  caseId: z.string().min(1).max(64),
  organisationId: z.string().min(1).max(64),
  status: z.enum(CLIENT_STATUSES),
  firstContactDate: IsoDateSchema,
  /** First service delivered in any domain (indicator 1.1). */
  firstServiceDate: IsoDateSchema.optional(),
  /** First service delivered per support domain (time to first service per domain). */
  firstServiceDateByDomain: z.partialRecord(z.enum(DOMAIN_IDS), IsoDateSchema),
  closureDate: IsoDateSchema.optional(),
  /** The main closure reason (indicator 1.5). */
  closureReason: z.enum(CLOSURE_REASONS).optional(),
  // — disaggregation dimensions (domain.md §5.5) —
  ageBand: z.enum(AGE_BANDS),
  citizenshipGroup: z.enum(CITIZENSHIP_GROUPS),
  hasChildren: z.boolean(),
  isPregnant: z.boolean(),
  legalStatus: z.enum(LEGAL_STATUSES),
  /** Programme country, ISO 3166-1 alpha-2 ("ES", "IT"). */
  country: z.string().regex(/^[A-Z]{2}$/),
  /** She agreed that her case may be counted in reports; records without it are left out by the API. */
  reportingConsent: z.boolean(),
  // — flags and facts for the indicators (domain.md §5.3) —
  /** 1.2: taken on without formal identification or a police report. */
  takenOnWithoutFormalIdentification: z.boolean(),
  /** 1.3: conditions a third party imposed on her support (target 0). */
  conditionsImposedCount: Count,
  /** 2.1: date of the legal-needs assessment. */
  legalNeedsAssessedDate: IsoDateSchema.optional(),
  /** 3.1: mothers and pregnant women: a child-needs plan exists. */
  hasChildNeedsPlan: z.boolean(),
  /** 4.1/4.2: the programme houses her; the housing is single-sex; she rated it safe at the last review. */
  isHousedByProgramme: z.boolean(),
  accommodationSingleSex: z.boolean(),
  accommodationRatedSafe: z.enum(["yes", "no", "not-asked"]),
  /** 5.1 */
  psychAssessmentOffered: z.boolean(),
  psychAssessmentAccepted: z.boolean(),
  /** 6.1: health check and SRH screening completed. */
  healthCheckDone: z.boolean(),
  /** 7.1 */
  languageCourseEnrolled: z.boolean(),
  languageCourseCompleted: z.boolean(),
  /** 8.1: last review of safety plan and risk assessment. */
  safetyPlanReviewedDate: IsoDateSchema.optional(),
  /** 9.4: disclosures of her data to police, prosecution or immigration, and how many had her recorded consent. */
  disclosuresToAuthoritiesCount: Count,
  disclosuresToAuthoritiesWithConsentCount: Count,
  /** 10.1 */
  hasOwnWordsGoals: z.boolean(),
  planAgreedByHer: z.boolean(),
  /** 11.1 */
  peerGroupOffered: z.boolean(),
  peerGroupSessionsAttended: Count,
  /** Goal attainment: Goal Attainment Scaling T-score over her plan goals (mean 50, sd 10). */
  gasTScore: z.number().min(0).max(100).optional(),
  /** X4: plan goals, and how many were achieved. */
  goalsTotal: Count,
  goalsAchieved: Count,
  /** Distance travelled: first and latest readings of the outcome ladder (0–10) per domain. */
  ladderFirst: LadderSchema,
  ladderLast: LadderSchema,
  /** X2: self-rated confidence and forward-planning (0–10), first and latest reading. */
  confidenceFirst: z.number().min(0).max(10).optional(),
  confidenceLast: z.number().min(0).max(10).optional(),
  /** X1: back in exploitation known within 12 months after closure (absent: unknown). */
  reExploitedWithin12Months: z.boolean().optional(),
  /**
   * X3: secondary-victimisation events recorded at her reviews in the period (hostile authority
   * contact, being treated as an offender; issue 21 "PLM bridge").
   */
  secondaryVictimisationCount: Count,
  /** X3: whether any of her reviews in the period asked about it (absent: not asked, not recorded). */
  secondaryVictimisationAsked: z.boolean().optional(),
});
export type CaseRecord = z.infer<typeof CaseRecordSchema>;
