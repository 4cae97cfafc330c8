export {
  APPOINTMENT_INTERPRETER_MODES,
  APPOINTMENT_KINDS,
  APPOINTMENT_MAX_ATTENDEES,
  APPOINTMENT_MAX_MINUTES,
  APPOINTMENT_MIN_MINUTES,
  APPOINTMENT_MODES,
  APPOINTMENT_PLACE_MAX_LENGTH,
  APPOINTMENT_STATUSES,
  type AppointmentFields,
  AppointmentFieldsSchema,
  type AppointmentInterpreter,
  AppointmentInterpreterSchema,
  type AppointmentKind,
  type AppointmentMode,
  type AppointmentStatus,
  StartTimeSchema,
} from "./appointments/appointment.ts";
export {
  type AppointmentConflict,
  type AppointmentTiming,
  appointmentsOverlap,
  findAppointmentConflicts,
  INTERPRETER_BOOKING_LEAD_DAYS,
  interpreterBookingOverdue,
} from "./appointments/conflicts.ts";
export {
  escapeIcalText,
  type FeedEvent,
  type FeedOptions,
  foldIcalLine,
  icalUtc,
  renderCalendarFeed,
} from "./appointments/ical.ts";
export { instantIn, isoWeekOf, mondayOfIsoWeek, wallMinutes } from "./appointments/time.ts";
export {
  type AssessmentNote,
  AssessmentNotesSchema,
  joinAssessmentNotes,
  type NotePath,
  splitAssessmentNotes,
} from "./assessments/assessment-notes.ts";
export {
  DEFAULT_GAS_RHO,
  GAS_LEVELS,
  type GasGoal,
  GasGoalSchema,
  type GasLevel,
  GasLevelSchema,
  gasLevelKey,
  gasTScore,
} from "./assessments/goal-attainment.ts";
export {
  type DistanceTravelled,
  distanceTravelled,
  LADDER_MAX,
  LADDER_MIN,
  LADDER_STAGES,
  type LadderReading,
  LadderReadingSchema,
  type LadderStage,
  LadderValueSchema,
  ladderDomainStageKey,
  ladderStage,
  latestReadings,
  type PathwayGroup,
} from "./assessments/ladder.ts";
export {
  type DomainNeed,
  DomainNeedSchema,
  domainsWithNeedAtLeast,
  highestNeed,
  NEED_LEVELS,
  NEED_NOTE_MAX_LENGTH,
  type NeedLevel,
  type NeedsAssessment,
  NeedsAssessmentSchema,
  needLevelKey,
  needLevelRank,
  unassessedDomains,
} from "./assessments/needs-assessment.ts";
export {
  compareRiskLevels,
  RISK_ANSWERS,
  RISK_GROUP_WEIGHTS,
  RISK_LEVELS,
  RISK_NOTE_MAX_LENGTH,
  RISK_SCORE_THRESHOLDS,
  type RiskAnswer,
  RiskAnswerSchema,
  type RiskAnswers,
  RiskAnswersSchema,
  type RiskAnswerValue,
  type RiskAssessment,
  RiskAssessmentSchema,
  type RiskGroupScore,
  type RiskLevel,
  type RiskScore,
  riskLevelKey,
  scoreRiskAssessment,
} from "./assessments/risk-assessment.ts";
export {
  getRiskItem,
  isRiskItemId,
  RISK_GROUPS,
  RISK_ITEM_IDS,
  RISK_ITEM_IDS_BY_GROUP,
  RISK_ITEMS,
  type RiskGroup,
  type RiskItem,
  type RiskItemId,
  riskGroupTitleKey,
} from "./assessments/risk-items.ts";
export {
  AUDIT_AREAS,
  AUDIT_EVENT_KINDS,
  type AuditArea,
  type AuditEventKind,
  auditAreaOf,
  auditEventKind,
  revealReasonOf,
} from "./audit/audit-event-kind.ts";
export {
  type ChangePasswordInput,
  ChangePasswordSchema,
  type FirstOrganisationInput,
  FirstOrganisationSchema,
  NewPasswordSchema,
  PASSWORD_MIN_LENGTH,
} from "./auth/account-input.ts";
export { EMAIL_MAX_LENGTH, type LoginInput, LoginInputSchema, PASSWORD_MAX_LENGTH } from "./auth/login-input.ts";
export { CLIENT_CONTENT_ROLES, canSeeClientContent, ROLES, type Role } from "./auth/roles.ts";
export {
  ENROLMENT_APPROVAL_HOURS,
  enrolmentApprovalEnd,
  isTwoStepRequired,
  mayEnrolAuthenticator,
  mayRequireTwoStepFor,
  type SecondFactor,
  secondFactorNeeded,
  TwoStepRolesSchema,
} from "./auth/two-step-policy.ts";
export {
  ageBandOf,
  type ClientFacts,
  ClientFactsSchema,
  canClose,
  canManageSharing,
  canReopen,
  childrenListProblem,
  clientFactsProblem,
  FIRST_CONTACT_CHANNELS,
  type FirstContactChannel,
  intakeRefusal,
  RECORDED_AGE_BANDS,
  type RecordedAgeBand,
  type ShareTargetProblem,
  shareTargetProblem,
} from "./clients/client-record.ts";
export {
  CLIENT_STATUS_TRANSITIONS,
  CLIENT_STATUSES,
  type ClientStatus,
  canCloseAs,
  canMoveClientStatus,
  nextClientStatuses,
} from "./clients/client-status.ts";
export { CONTACT_CHANNELS, CONTACT_TIMES, type ContactChannel, type ContactTime } from "./clients/contact-channels.ts";
export {
  CODE_WORD_MAX_LENGTH,
  EXPLOITATION_FORMS,
  type ExploitationForm,
  HOUSING_SITUATIONS,
  type HousingSituation,
  HTCDS_FIELD_OF_EXPLOITATION,
  UNSAFE_HOUSING,
} from "./clients/exploitation.ts";
export { factsUnderCountryRules } from "./clients/facts-under-country-rules.ts";
export { FOLLOW_UP_MAX_DAYS_AHEAD, followUpDue, followUpProblem } from "./clients/follow-up.ts";
export {
  ADDRESS_MAX_LENGTH,
  CONTACT_MAX_LENGTH,
  type IdentityDetails,
  IdentityDetailsSchema,
  JUSTIFICATION_MAX_LENGTH,
  JUSTIFICATION_MIN_LENGTH,
  LEGAL_NAME_MAX_LENGTH,
  REVEAL_REASONS,
  type RevealReason,
  type RevealRequest,
  RevealRequestSchema,
} from "./clients/identity.ts";
export {
  COMMON_LANGUAGE_TAGS,
  INTERPRETER_GENDERS,
  INTERPRETER_MODES,
  type Interpreter,
  InterpreterSchema,
} from "./clients/interpreter.ts";
export {
  COUNTRY_CODES,
  citizenshipGroupOf,
  EU_MEMBER_STATES,
  NATIONALITIES,
  type Nationality,
  NationalitySchema,
  nationalityProblem,
  STATELESS,
} from "./clients/nationality.ts";
export { generatePseudonym, PSEUDONYM_MAX_LENGTH, PSEUDONYM_WORDS, PseudonymSchema } from "./clients/pseudonym.ts";
export {
  contactPermission,
  forbiddenChannels,
  type SafeContact,
  SafeContactSchema,
} from "./clients/safe-contact.ts";
export {
  COMPLAINT_CHANNELS,
  COMPLAINT_MADE_BY,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  COMPLAINT_TEXT_MAX_LENGTH,
  type ComplaintChannel,
  type ComplaintFields,
  ComplaintFieldsSchema,
  type ComplaintMadeBy,
  type ComplaintProblem,
  type ComplaintProgress,
  ComplaintProgressSchema,
  type ComplaintStatus,
  type ComplaintSubject,
  compareComplaintsForLog,
  complaintAgeDays,
  complaintFieldsProblem,
  complaintProgressProblem,
  isComplaintOpen,
} from "./complaints/complaint.ts";
export {
  CONSENT_PURPOSES,
  CONSENT_RECORDING_METHODS,
  type Consent,
  type ConsentCheck,
  type ConsentPurpose,
  ConsentSchema,
  type ConsentState,
  checkConsent,
  consentState,
  PURPOSES_WITH_RECIPIENT,
  RECIPIENT_MAX_LENGTH,
} from "./consent/consent.ts";
export {
  CoarsePeriodSchema,
  coarsenDate,
  type DateGranularity,
  latestCompleteQuarter,
  MonthSchema,
  monthRange,
  previousQuarter,
  QuarterSchema,
  quarterRange,
  toMonth,
  toQuarter,
  YearSchema,
} from "./disclosure/coarsen-date.ts";
export {
  clampedSum,
  EpsilonInputSchema,
  type GaussianParams,
  gaussianBoundedSum,
  gaussianCount,
  gaussianSigma,
  type LaplaceParams,
  LaplaceParamsSchema,
  laplaceBoundedSum,
  laplaceCount,
  laplaceScale,
  MIN_EPSILON,
  type NoisyResult,
  type SumBounds,
  sampleDiscreteLaplaceNoise,
  sampleGaussian,
} from "./disclosure/differential-privacy.ts";
export {
  bernoulliExpNeg,
  bernoulliRational,
  exactFraction,
  type RandomBytes,
  sampleDiscreteLaplace,
  uniformBelow,
} from "./disclosure/exact-sampling.ts";
export {
  type FunderOutputAllowList,
  type FunderOutputViolation,
  type FunderOutputViolationKind,
  isSafeFunderOutput,
  scanFunderOutput,
} from "./disclosure/funder-output-guard.ts";
export {
  DEFAULT_RELEASES_PER_PERIOD,
  decideFunderView,
  type FunderViewDecision,
  MAX_RELEASE_EPSILON,
  type ReleaseCost,
  releaseCost,
  releaseEpsilon,
} from "./disclosure/funder-view.ts";
export {
  type BudgetAccount,
  type BudgetRefusalReason,
  type BudgetRequest,
  createBudgetLedger,
  type PrivacyBudgetLedger,
  remainingBudget,
  type SpendResult,
  spendBudget,
} from "./disclosure/privacy-budget.ts";
export { createSeededBytes, createSeededRandom, type RandomSource } from "./disclosure/random-source.ts";
export {
  createSmallCellPolicy,
  DEFAULT_K,
  DEFAULT_RESOLUTION,
  DEFAULT_SMALL_CELL_POLICY,
  MIN_K,
  type ProtectedCount,
  protectCount,
  type SmallCellPolicy,
  type SmallCellPolicyInput,
  SmallCellPolicySchema,
  SUPPRESSED,
} from "./disclosure/small-cell.ts";
export {
  type CountTable1d,
  type CountTable2d,
  type ProtectedTable1d,
  type ProtectedTable2d,
  protectTable,
} from "./disclosure/table.ts";
export {
  DEFAULT_DOCUMENT_MAX_BYTES,
  type DetectedContent,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_KINDS,
  DOCUMENT_MAX_BYTES_LIMIT,
  DOCUMENT_TITLE_MAX_LENGTH,
  type DocumentContentType,
  type DocumentKind,
  DocumentTitleSchema,
  detectDocumentContent,
  documentFileName,
  documentRefusalKey,
  isIdentityPaper,
} from "./documents/document.ts";
export {
  MalformedImageError,
  stripDocumentMetadata,
  stripJpegMetadata,
  stripPngMetadata,
} from "./documents/strip-metadata.ts";
export {
  ACTION_IDS,
  ACTION_IDS_BY_DOMAIN,
  ACTIONS,
  type Action,
  type ActionId,
  actionsForDomain,
  getAction,
  isActionId,
} from "./domains/action-catalogue.ts";
export { DOMAIN_IDS, type DomainId } from "./domains/domain-ids.ts";
export {
  DOMAIN_PLACEMENTS,
  DOMAINS,
  type Domain,
  type DomainPlacement,
  domainsForPathway,
  domainsForPrinciple,
  getDomain,
  isDomainId,
  pathwaysOfDomain,
} from "./domains/domains.ts";
export { type CsvValue, toCsv } from "./export/csv.ts";
export {
  HTCDS_AGGREGATE_COLUMNS,
  HTCDS_EXPORT_COLUMNS,
  HTCDS_FIELDS,
  HTCDS_PICKLISTS,
  HTCDS_SOURCE,
  type HtcdsExportColumn,
  type HtcdsField,
} from "./export/htcds-columns.ts";
export {
  isMessageKey,
  keysDefinedTwice,
  MESSAGES,
  type MessageKey,
  type MessageParams,
  type Messages,
  translate,
} from "./i18n/catalogue.ts";
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, negotiateLocale } from "./i18n/locales.ts";
export { PLAN_DOCUMENT_KEYS, PLAN_ONLY_MESSAGES } from "./i18n/plan-document-catalogue.ts";
export {
  choosePlanLocale,
  isPlanLocale,
  isPlanOnlyLocale,
  PLAN_DOCUMENT_TEXT_KEYS,
  PLAN_LOCALES,
  PLAN_ONLY_LOCALES,
  type PlanDocumentKey,
  type PlanLocale,
  type PlanOnlyLocale,
  planLanguageChoices,
  planLocaleOf,
  textDirection,
} from "./i18n/plan-locales.ts";
export { untranslatedKeys } from "./i18n/same-as-english.ts";
export { AGE_BANDS, type AgeBand, type CaseRecord, CaseRecordSchema } from "./indicators/case-record.ts";
export {
  activeIn,
  type BreakdownResult,
  type CountResult,
  closedIn,
  closureReasons,
  computeIndicators,
  DEFAULT_INDICATOR_WINDOWS,
  type DistributionResult,
  durationOfSupport,
  type IndicatorResult,
  type IndicatorWindows,
  LEGAL_ASSESSMENT_WITHIN_DAYS,
  newIn,
  type Period,
  type RatioResult,
  SAFETY_REVIEW_WITHIN_DAYS,
  timeToFirstService,
  timeToFirstServiceByDomain,
} from "./indicators/compute-indicators.ts";
export { countTable1d, countTable2d } from "./indicators/count-table.ts";
export {
  DISAGGREGATION_DIMENSIONS,
  type DisaggregationDimension,
  type DisaggregationGroup,
  type DisaggregationResult,
  disaggregate,
  MAX_DISAGGREGATION_DIMENSIONS,
} from "./indicators/disaggregate.ts";
export {
  DENOMINATORS,
  type Denominator,
  getIndicator,
  INDICATOR_DIRECTIONS,
  INDICATOR_IDS,
  INDICATOR_UNITS,
  INDICATORS,
  type IndicatorDefinition,
  type IndicatorDirection,
  type IndicatorId,
  type IndicatorUnit,
  isIndicatorRecorded,
  NOT_RECORDED_INDICATORS,
} from "./indicators/indicator-definitions.ts";
export {
  SNAPSHOT_FIGURE_IDS,
  SNAPSHOT_FIGURES,
  SNAPSHOT_MONTHS,
  type SnapshotFigureId,
  type SnapshotMonth,
  type SnapshotSource,
  snapshotFigures,
  snapshotHasScorecard,
  snapshotSchedule,
  trendMonths,
} from "./indicators/monthly-snapshots.ts";
export { median, nearestRank, percentOf, wholeMonthsBetween } from "./indicators/statistics.ts";
export { NOTE_BODY_MAX_LENGTH, NoteBodySchema } from "./notes/case-note.ts";
export {
  ADMIN_ACTIVITY_AREA_IDS,
  ADMIN_ACTIVITY_AREAS,
  type AdminActivityArea,
  adminActivityPrefixes,
} from "./organisation/admin-activity.ts";
export {
  basisOfPermitType,
  type CountryRules,
  CountryRulesSchema,
  findPermitType,
  MAX_PERMIT_TYPES,
  NO_COUNTRY_RULES,
  PERMIT_TYPE_MAX_LENGTH,
  type PermitType,
  PermitTypeSchema,
  readCountryRules,
  reflectionPeriodEnd,
} from "./organisation/country-rules.ts";
export {
  DISPLAY_NAME_MAX_LENGTH,
  disclosureRoundingOf,
  INITIAL_PASSWORD_MIN_LENGTH,
  type NewStaffMember,
  NewStaffMemberSchema,
  ORGANISATION_NAME_MAX_LENGTH,
  type OrganisationSettings,
  OrganisationSettingsSchema,
  releaseRounding,
  roundingFor,
  roundingProblem,
} from "./organisation/organisation-settings.ts";
export { DEFAULT_TIME_ZONE, isTimeZone, localDateIn, localHourIn, TimeZoneSchema } from "./organisation/time-zone.ts";
export { getPathway, isPathwayId, PATHWAYS, type PathwayDefinition } from "./pathways/pathway-definitions.ts";
export { PATHWAY_IDS, type PathwayId, PRINCIPLE_GROUPS, type PrincipleGroup } from "./pathways/pathways.ts";
export {
  type ApprovedContent,
  ApprovedContentSchema,
  approvalRefusal,
  approvedContentOf,
  awaitsApproval,
  changesSinceApproval,
  openGapsRefusal,
  type PlanChange,
  type PlanChangeKind,
  unmetPrinciples,
} from "./plan/approval.ts";
export {
  CHARGE_STATUSES,
  CHILD_RESIDENCES,
  type Child,
  ChildSchema,
  CITIZENSHIP_GROUPS,
  type ClientProfile,
  ClientProfileSchema,
  COMPENSATION_CLAIM_STATUSES,
  COOPERATION_CHOICES,
  IDENTIFICATION_STATUSES,
  LEGAL_STATUSES,
  type LegalStatus,
  MAX_CHILDREN,
  needIsAtLeast,
  PERMIT_BASES,
  PROCEEDINGS_STATUSES,
  RIGHT_TO_WORK,
  UNRESOLVED_LEGAL_STATUSES,
} from "./plan/client-profile.ts";
export {
  composeDigest,
  DIGEST_LINES,
  type DigestCounts,
  type DigestLine,
  type DigestMessage,
  digestCounts,
} from "./plan/digest.ts";
export { addDays, daysBetween, type IsoDate, IsoDateSchema } from "./plan/iso-date.ts";
export { isOverdue, OVERDUE_STATUSES } from "./plan/overdue.ts";
export {
  GAS_ACHIEVED_FROM,
  isGoalAchieved,
  type LadderComparison,
  type PathwayProgress,
  pathwayProgress,
} from "./plan/pathway-progress.ts";
export {
  ACTION_STATUSES,
  type Accommodation,
  AccommodationSchema,
  type ActionStatus,
  BARRIER_REASONS,
  CLOSURE_REASONS,
  ClosureSchema,
  DISCLOSURE_RECIPIENTS,
  type Disclosure,
  DisclosureSchema,
  isLiveAction,
  PLAN_STATUSES,
  type Plan,
  type PlanAction,
  PlanActionSchema,
  type PlanGoal,
  PlanGoalSchema,
  PlanReviewSchema,
  PlanSchema,
  SUPPORT_CONDITIONS,
  type SupportCondition,
} from "./plan/plan.ts";
export {
  type ReviewFeedback,
  ReviewFeedbackSchema,
  SecondaryVictimisationEventsSchema,
} from "./plan/review-feedback.ts";
export {
  FEEDBACK_QUESTIONS,
  FEEDBACK_SCALE,
  type FeedbackQuestion,
  SECONDARY_VICTIMISATION_MAX,
} from "./plan/review-feedback-terms.ts";
export {
  CONSENT_EXPIRING_DAYS,
  DUE_SOON_DAYS,
  type InboxCase,
  inboxTasks,
  REFLECTION_ENDING_DAYS,
  TASK_KINDS,
  type Task,
  type TaskKind,
} from "./plan/task-inbox.ts";
export { checkPlan } from "./plan-checks/check-plan.ts";
export {
  COVERAGE_STATUSES,
  type CoverageStatus,
  coverageStatus,
  type PrincipleCoverage,
  principleCoverage,
} from "./plan-checks/principle-coverage.ts";
export { PLAN_RULES } from "./plan-checks/rules/index.ts";
export { RULES_TABLE_END, RULES_TABLE_START, renderRulesTable } from "./plan-checks/rules-table.ts";
export { isStepInPlan, recogniseSuggestions } from "./plan-checks/suggestion-recognition.ts";
export {
  type Finding,
  type PlanCheckConfig,
  PlanCheckConfigSchema,
  type PlanCheckContext,
  type PlanCheckInput,
  PlanCheckInputSchema,
  type PlanRule,
  type ReferredProvider,
  SEVERITIES,
  type Severity,
  type SuggestedAction,
} from "./plan-checks/types.ts";
export { PRINCIPLE_IDS, type PrincipleId } from "./principles/principle-ids.ts";
export { getPrinciple, isPrincipleId, PRINCIPLES, type Principle, principlesInGroup } from "./principles/principles.ts";
export {
  PROVIDER_CONTACT_MAX_LENGTH,
  PROVIDER_NAME_MAX_LENGTH,
  type ServiceProvider,
  ServiceProviderSchema,
} from "./providers/service-provider.ts";
export { findReferralConsent, type ReferralConsent } from "./referrals/referral-consent.ts";
export {
  changeReferralStatus,
  isFinalReferralStatus,
  nextReferralStatuses,
  REFERRAL_STATUSES,
  type ReferralStatus,
  type ReferralStatusChange,
} from "./referrals/referral-status.ts";
export {
  draftReminder,
  formatReminderWhen,
  type ReminderChoice,
  ReminderChoiceSchema,
  type ReminderDraft,
  type ReminderDraftInput,
  type ReminderLanguage,
  type ReminderProblem,
  reminderChannels,
  reminderLanguage,
  reminderProblem,
} from "./reminders/reminder-draft.ts";
export {
  addMonths,
  ERASURE_REASONS,
  type ErasureParts,
  type ErasureReason,
  FULL_ERASURE,
  latestDueClosure,
  RETENTION_MONTHS_MAX,
  type RetentionPolicy,
  RetentionPolicySchema,
  type RetentionSubject,
  retentionDue,
  withoutNotes,
} from "./retention/retention.ts";
export {
  BoundedDateTimeSchema,
  containsUnsafeText,
  INT4_MAX,
  INT4_MIN,
  Int4Schema,
  isSupportedYear,
  isUnsafeText,
  MAX_YEAR,
  MIN_YEAR,
  SafeTextSchema,
  VersionSchema,
} from "./validation/input-bounds.ts";
