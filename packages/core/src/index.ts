export { LOCALES, DEFAULT_LOCALE, isLocale, negotiateLocale, type Locale } from "./i18n/locales.ts";
export { MESSAGES, translate, isMessageKey, keysDefinedTwice, type MessageKey, type Messages, type MessageParams } from "./i18n/catalogue.ts";
export { ROLES, CLIENT_CONTENT_ROLES, canSeeClientContent, type Role } from "./auth/roles.ts";
export { LoginInputSchema, EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, type LoginInput } from "./auth/login-input.ts";
export { CLIENT_STATUSES, type ClientStatus } from "./clients/client-status.ts";
export { PSEUDONYM_WORDS, PSEUDONYM_MAX_LENGTH, PseudonymSchema, generatePseudonym } from "./clients/pseudonym.ts";
export {
  RECORDED_AGE_BANDS,
  FIRST_CONTACT_CHANNELS,
  ClientFactsSchema,
  ageBandOf,
  intakeRefusal,
  canClose,
  canReopen,
  canManageSharing,
  shareTargetProblem,
  type RecordedAgeBand,
  type FirstContactChannel,
  type ClientFacts,
  type ShareTargetProblem,
} from "./clients/client-record.ts";
export {
  IdentityDetailsSchema,
  RevealRequestSchema,
  REVEAL_REASONS,
  JUSTIFICATION_MIN_LENGTH,
  JUSTIFICATION_MAX_LENGTH,
  LEGAL_NAME_MAX_LENGTH,
  CONTACT_MAX_LENGTH,
  ADDRESS_MAX_LENGTH,
  type IdentityDetails,
  type RevealRequest,
  type RevealReason,
} from "./clients/identity.ts";
export { DOMAIN_IDS, type DomainId } from "./domains/domain-ids.ts";
export {
  ACTIONS,
  ACTION_IDS,
  ACTION_IDS_BY_DOMAIN,
  getAction,
  actionsForDomain,
  isActionId,
  type Action,
  type ActionId,
} from "./domains/action-catalogue.ts";
export { PRINCIPLE_IDS, type PrincipleId } from "./principles/principle-ids.ts";
export { PRINCIPLES, getPrinciple, isPrincipleId, principlesInGroup, type Principle } from "./principles/principles.ts";
export { PATHWAY_IDS, PRINCIPLE_GROUPS, type PathwayId, type PrincipleGroup } from "./pathways/pathways.ts";
export { PATHWAYS, getPathway, isPathwayId, type PathwayDefinition } from "./pathways/pathway-definitions.ts";
export {
  DOMAINS,
  DOMAIN_PLACEMENTS,
  getDomain,
  isDomainId,
  domainsForPathway,
  domainsForPrinciple,
  pathwaysOfDomain,
  type Domain,
  type DomainPlacement,
} from "./domains/domains.ts";
export {
  NEED_LEVELS,
  NEED_NOTE_MAX_LENGTH,
  DomainNeedSchema,
  NeedsAssessmentSchema,
  needLevelRank,
  needLevelKey,
  domainsWithNeedAtLeast,
  highestNeed,
  unassessedDomains,
  type NeedLevel,
  type DomainNeed,
  type NeedsAssessment,
} from "./assessments/needs-assessment.ts";
export {
  RISK_GROUPS,
  RISK_ITEMS,
  RISK_ITEM_IDS,
  RISK_ITEM_IDS_BY_GROUP,
  getRiskItem,
  isRiskItemId,
  riskGroupTitleKey,
  type RiskGroup,
  type RiskItem,
  type RiskItemId,
} from "./assessments/risk-items.ts";
export {
  RISK_ANSWERS,
  RISK_LEVELS,
  RISK_NOTE_MAX_LENGTH,
  RISK_GROUP_WEIGHTS,
  RISK_SCORE_THRESHOLDS,
  RiskAnswerSchema,
  RiskAnswersSchema,
  RiskAssessmentSchema,
  scoreRiskAssessment,
  compareRiskLevels,
  riskLevelKey,
  type RiskAnswer,
  type RiskAnswers,
  type RiskAnswerValue,
  type RiskAssessment,
  type RiskGroupScore,
  type RiskLevel,
  type RiskScore,
} from "./assessments/risk-assessment.ts";
export {
  LADDER_MIN,
  LADDER_MAX,
  LADDER_STAGES,
  LadderValueSchema,
  LadderReadingSchema,
  ladderStage,
  ladderDomainStageKey,
  latestReadings,
  distanceTravelled,
  type LadderStage,
  type LadderReading,
  type DistanceTravelled,
  type PathwayGroup,
} from "./assessments/ladder.ts";
export {
  GAS_LEVELS,
  DEFAULT_GAS_RHO,
  GasLevelSchema,
  GasGoalSchema,
  gasLevelKey,
  gasTScore,
  type GasLevel,
  type GasGoal,
} from "./assessments/goal-attainment.ts";
export { createSeededRandom, type RandomSource } from "./disclosure/random-source.ts";
export {
  MIN_K,
  DEFAULT_K,
  DEFAULT_RESOLUTION,
  DEFAULT_SMALL_CELL_POLICY,
  SUPPRESSED,
  SmallCellPolicySchema,
  createSmallCellPolicy,
  protectCount,
  type ProtectedCount,
  type SmallCellPolicy,
  type SmallCellPolicyInput,
} from "./disclosure/small-cell.ts";
export { protectTable, type CountTable1d, type CountTable2d, type ProtectedTable1d, type ProtectedTable2d } from "./disclosure/table.ts";
export {
  laplaceScale,
  gaussianSigma,
  sampleLaplace,
  sampleGaussian,
  laplaceCount,
  gaussianCount,
  clampedSum,
  laplaceBoundedSum,
  gaussianBoundedSum,
  LaplaceParamsSchema,
  type LaplaceParams,
  type GaussianParams,
  type SumBounds,
  type NoisyResult,
} from "./disclosure/differential-privacy.ts";
export {
  createBudgetLedger,
  remainingBudget,
  spendBudget,
  type BudgetAccount,
  type BudgetRequest,
  type BudgetRefusalReason,
  type PrivacyBudgetLedger,
  type SpendResult,
} from "./disclosure/privacy-budget.ts";
export {
  CoarsePeriodSchema,
  MonthSchema,
  QuarterSchema,
  YearSchema,
  coarsenDate,
  toMonth,
  toQuarter,
  quarterRange,
  monthRange,
  previousQuarter,
  latestCompleteQuarter,
  type DateGranularity,
} from "./disclosure/coarsen-date.ts";
export {
  scanFunderOutput,
  isSafeFunderOutput,
  type FunderOutputAllowList,
  type FunderOutputViolation,
  type FunderOutputViolationKind,
} from "./disclosure/funder-output-guard.ts";
export { IsoDateSchema, daysBetween, addDays, type IsoDate } from "./plan/iso-date.ts";
export {
  ClientProfileSchema,
  CITIZENSHIP_GROUPS,
  LEGAL_STATUSES,
  UNRESOLVED_LEGAL_STATUSES,
  IDENTIFICATION_STATUSES,
  COOPERATION_CHOICES,
  needIsAtLeast,
  type ClientProfile,
  type LegalStatus,
} from "./plan/client-profile.ts";
export {
  PlanSchema,
  PlanGoalSchema,
  PlanActionSchema,
  AccommodationSchema,
  PlanReviewSchema,
  ClosureSchema,
  DisclosureSchema,
  PLAN_STATUSES,
  ACTION_STATUSES,
  SUPPORT_CONDITIONS,
  BARRIER_REASONS,
  CLOSURE_REASONS,
  DISCLOSURE_RECIPIENTS,
  isLiveAction,
  type Plan,
  type PlanGoal,
  type PlanAction,
  type ActionStatus,
  type Accommodation,
  type SupportCondition,
  type Disclosure,
} from "./plan/plan.ts";
export { pathwayProgress, isGoalAchieved, GAS_ACHIEVED_FROM, type PathwayProgress, type LadderComparison } from "./plan/pathway-progress.ts";
export { checkPlan } from "./plan-checks/check-plan.ts";
export {
  PlanCheckInputSchema,
  PlanCheckConfigSchema,
  SEVERITIES,
  type Finding,
  type Severity,
  type SuggestedAction,
  type PlanCheckInput,
  type PlanCheckConfig,
  type PlanCheckContext,
  type PlanRule,
} from "./plan-checks/types.ts";
export { PLAN_RULES } from "./plan-checks/rules/index.ts";
export {
  principleCoverage,
  coverageStatus,
  COVERAGE_STATUSES,
  type CoverageStatus,
  type PrincipleCoverage,
} from "./plan-checks/principle-coverage.ts";
export { renderRulesTable, RULES_TABLE_START, RULES_TABLE_END } from "./plan-checks/rules-table.ts";
export {
  CONSENT_PURPOSES,
  CONSENT_RECORDING_METHODS,
  PURPOSES_WITH_RECIPIENT,
  RECIPIENT_MAX_LENGTH,
  ConsentSchema,
  consentState,
  checkConsent,
  type Consent,
  type ConsentPurpose,
  type ConsentState,
  type ConsentCheck,
} from "./consent/consent.ts";
export {
  REFERRAL_STATUSES,
  changeReferralStatus,
  nextReferralStatuses,
  isFinalReferralStatus,
  type ReferralStatus,
  type ReferralStatusChange,
} from "./referrals/referral-status.ts";
export { findReferralConsent, type ReferralConsent } from "./referrals/referral-consent.ts";
export { ServiceProviderSchema, PROVIDER_NAME_MAX_LENGTH, PROVIDER_CONTACT_MAX_LENGTH, type ServiceProvider } from "./providers/service-provider.ts";
export { NoteBodySchema, NOTE_BODY_MAX_LENGTH } from "./notes/case-note.ts";
export {
  OrganisationSettingsSchema,
  NewStaffMemberSchema,
  ORGANISATION_NAME_MAX_LENGTH,
  DISPLAY_NAME_MAX_LENGTH,
  INITIAL_PASSWORD_MIN_LENGTH,
  type OrganisationSettings,
  type NewStaffMember,
} from "./organisation/organisation-settings.ts";
export { AGE_BANDS, CaseRecordSchema, type AgeBand, type CaseRecord } from "./indicators/case-record.ts";
export {
  INDICATORS,
  INDICATOR_IDS,
  INDICATOR_UNITS,
  INDICATOR_DIRECTIONS,
  DENOMINATORS,
  getIndicator,
  type IndicatorDefinition,
  type IndicatorId,
  type IndicatorUnit,
  type IndicatorDirection,
  type Denominator,
} from "./indicators/indicator-definitions.ts";
export { nearestRank, median, percentOf, wholeMonthsBetween } from "./indicators/statistics.ts";
export {
  LEGAL_ASSESSMENT_WITHIN_DAYS,
  SAFETY_REVIEW_WITHIN_DAYS,
  activeIn,
  newIn,
  closedIn,
  computeIndicators,
  timeToFirstService,
  timeToFirstServiceByDomain,
  durationOfSupport,
  closureReasons,
  type Period,
  type IndicatorResult,
  type RatioResult,
  type DistributionResult,
  type CountResult,
  type BreakdownResult,
} from "./indicators/compute-indicators.ts";
export {
  DISAGGREGATION_DIMENSIONS,
  MAX_DISAGGREGATION_DIMENSIONS,
  disaggregate,
  type DisaggregationDimension,
  type DisaggregationGroup,
  type DisaggregationResult,
} from "./indicators/disaggregate.ts";
export { countTable1d, countTable2d } from "./indicators/count-table.ts";
export {
  RETENTION_MONTHS_MAX,
  RetentionPolicySchema,
  ERASURE_REASONS,
  FULL_ERASURE,
  addMonths,
  retentionDue,
  latestDueClosure,
  withoutNotes,
  type RetentionPolicy,
  type ErasureReason,
  type ErasureParts,
  type RetentionSubject,
} from "./retention/retention.ts";
