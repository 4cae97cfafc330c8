export {
  appointmentInterpreterGenderEnum,
  appointmentInterpreterModeEnum,
  appointmentKindEnum,
  appointmentModeEnum,
  appointmentStatusEnum,
  appointments,
  calendarFeeds,
} from "./appointments.ts";
export { ASSESSMENT_KINDS, assessmentKindEnum, assessments } from "./assessments.ts";
export { auditChainHeads, auditEvents, auditVerifications } from "./audit.ts";
export {
  INVITATION_STATUSES,
  invitationStatusEnum,
  memberships,
  roleEnum,
  sessions,
  signInThrottles,
  staffInvitations,
  users,
} from "./auth.ts";
export {
  chargeStatusEnum,
  citizenshipEnum,
  clientIdentities,
  clientShares,
  clientStatusEnum,
  clients,
  compensationClaimEnum,
  cooperationEnum,
  identificationStatusEnum,
  identityReveals,
  legalStatusEnum,
  permitBasisEnum,
  proceedingsStatusEnum,
  revealReasonEnum,
  rightToWorkEnum,
} from "./clients.ts";
export {
  complaintChannelEnum,
  complaintMadeByEnum,
  complaintStatusEnum,
  complaintSubjectEnum,
  complaints,
} from "./complaints.ts";
export { consentPurposeEnum, consentRecordingEnum, consents } from "./consents.ts";
export { coverageSnapshots, indicatorSnapshots } from "./dashboard.ts";
export { disclosureRecipientEnum, disclosures } from "./disclosures.ts";
export { documentContentTypeEnum, documentKindEnum, documents } from "./documents.ts";
export {
  funderReleases,
  fundingRelationshipMembers,
  fundingRelationshipOrganisations,
  fundingRelationships,
  privacyBudgetSpends,
} from "./funding.ts";
export { notes } from "./notes.ts";
export { organisations } from "./organisations.ts";
export { actionStatusEnum, actions, barrierReasonEnum, domainEnum, goals, planStatusEnum, plans } from "./plans.ts";
export { serviceProviders } from "./providers.ts";
export { REFERRAL_STATUSES, referralStatusEnum, referrals } from "./referrals.ts";
export { digestDeliveries } from "./reminders.ts";
export { closureReasonEnum, closures, reviews } from "./reviews.ts";
