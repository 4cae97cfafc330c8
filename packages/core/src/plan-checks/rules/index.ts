import type { PlanRule } from "../types.ts";
import { accommodationNeedWithoutAction } from "./accommodation-need-without-action.ts";
import { accommodationRatedSafe } from "./accommodation-rated-safe.ts";
import { accommodationSingleSex } from "./accommodation-single-sex.ts";
import { blockedActions } from "./blocked-actions.ts";
import { caseClosedWithMattersOpen } from "./case-closed-with-matters-open.ts";
import { caseworkerContinuity } from "./caseworker-continuity.ts";
import { chargesWithoutNonPunishmentDefence } from "./charges-without-non-punishment-defence.ts";
import { childNeedsAssessment } from "./child-needs-assessment.ts";
import { childcareBeforeTrainingOrWork } from "./childcare-before-training-or-work.ts";
import { childrenRecorded } from "./children-recorded.ts";
import { compensationClaim } from "./compensation-claim.ts";
import { complaintsRouteOffered } from "./complaints-route-offered.ts";
import { courtStepsWithoutPsychologicalSupport } from "./court-steps-without-psychological-support.ts";
import { digitalSafetyForHighRisk } from "./digital-safety-for-high-risk.ts";
import { disclosureConsent } from "./disclosure-consent.ts";
import { eemGoalPresent } from "./eem-goal-present.ts";
import { firstServiceTimely } from "./first-service-timely.ts";
import { goalsInHerOwnWords } from "./goals-in-her-own-words.ts";
import { healthCheckOffered } from "./health-check-offered.ts";
import { identificationRefused } from "./identification-refused.ts";
import { interpreterForLegalWork } from "./interpreter-for-legal-work.ts";
import { languageSupport } from "./language-support.ts";
import { legalNeedsAssessmentTimely } from "./legal-needs-assessment-timely.ts";
import { legalStatusWithoutLegalAction } from "./legal-status-without-legal-action.ts";
import { medicalNeedWithoutAction } from "./medical-need-without-action.ts";
import { motherWithoutChildcare } from "./mother-without-childcare.ts";
import { noConditionsOnSupport } from "./no-conditions-on-support.ts";
import { overdueActions } from "./overdue-actions.ts";
import { peerGroupOffered } from "./peer-group-offered.ts";
import { permitExpiry } from "./permit-expiry.ts";
import { permitTiedToCooperation } from "./permit-tied-to-cooperation.ts";
import { planAgreedByHer } from "./plan-agreed-by-her.ts";
import { planHasGoals } from "./plan-has-goals.ts";
import { planReviewDue } from "./plan-review-due.ts";
import { plmGoalPresent } from "./plm-goal-present.ts";
import { pregnantWithoutAntenatalCare } from "./pregnant-without-antenatal-care.ts";
import { psychologicalAssessmentOffered } from "./psychological-assessment-offered.ts";
import { reflectionPeriodEnding } from "./reflection-period-ending.ts";
import { rightsInformation } from "./rights-information.ts";
import { riskAnswersToActions } from "./risk-answers-to-actions.ts";
import { safetyReviewDue } from "./safety-review-due.ts";
import { sexualHealthScreeningOffered } from "./sexual-health-screening-offered.ts";
import { supportEndedByFunding } from "./support-ended-by-funding.ts";
import { therapyNeedWithoutSupport } from "./therapy-need-without-support.ts";
import { thirdCountryPermitAction } from "./third-country-permit-action.ts";
import { trainingNeedWithoutAction } from "./training-need-without-action.ts";
import { womenOnlyServices } from "./women-only-services.ts";
import { workPermitForEmploymentGoal } from "./work-permit-for-employment-goal.ts";

/** Every plan rule, in principle order (P1 … P11). checkPlan runs them in this order. */
export const PLAN_RULES: readonly PlanRule[] = [
  // P1 access and duration
  noConditionsOnSupport,
  firstServiceTimely,
  overdueActions,
  blockedActions,
  supportEndedByFunding,
  caseClosedWithMattersOpen,
  // P2 legal
  legalStatusWithoutLegalAction,
  legalNeedsAssessmentTimely,
  reflectionPeriodEnding,
  thirdCountryPermitAction,
  permitTiedToCooperation,
  permitExpiry,
  identificationRefused,
  rightsInformation,
  interpreterForLegalWork,
  chargesWithoutNonPunishmentDefence,
  compensationClaim,
  plmGoalPresent,
  // P3 motherhood and children
  childrenRecorded,
  motherWithoutChildcare,
  pregnantWithoutAntenatalCare,
  childcareBeforeTrainingOrWork,
  childNeedsAssessment,
  // P4 accommodation
  accommodationSingleSex,
  accommodationRatedSafe,
  accommodationNeedWithoutAction,
  // P5 psychological
  therapyNeedWithoutSupport,
  psychologicalAssessmentOffered,
  courtStepsWithoutPsychologicalSupport,
  // P6 medical
  healthCheckOffered,
  sexualHealthScreeningOffered,
  medicalNeedWithoutAction,
  // P7 training and education
  languageSupport,
  trainingNeedWithoutAction,
  eemGoalPresent,
  workPermitForEmploymentGoal,
  // P8 VAW practice
  safetyReviewDue,
  digitalSafetyForHighRisk,
  riskAnswersToActions,
  // P9 feminist independent services
  disclosureConsent,
  caseworkerContinuity,
  womenOnlyServices,
  // P10 survivor voice
  planHasGoals,
  goalsInHerOwnWords,
  planAgreedByHer,
  planReviewDue,
  complaintsRouteOffered,
  // P11 peer support
  peerGroupOffered,
];
