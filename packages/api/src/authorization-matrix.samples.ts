// One sample input per procedure for the authorisation-matrix test, built from a set of
// record ids (own caseload, a colleague's, another organisation's). A procedure without a
// sample fails the suite: add one here when you add a procedure.
import { DEMO_PASSWORD } from "./demo/seed-demo.ts";
import { DEMO_RELATIONSHIP_ID } from "./demo/seed-funding.ts";
import { type MatrixIds, MISSING_ID } from "./testing/matrix-ids.ts";

export type Sample = (ids: MatrixIds) => unknown;

const STALE_VERSION = 999_999;
const SAMPLE_FACTS = {
  firstContactDate: "2026-01-05",
  childrenCount: 0,
  isPregnant: false,
  languages: ["en"],
  needsInterpreter: false,
  identificationStatus: "not-assessed",
  cooperationWithAuthorities: "not-asked",
  isInTrainingOrWork: false,
};

const SAMPLE_GOAL = {
  domain: "legal",
  text: "Get papers so I can stay and work",
  inHerOwnWords: true,
  currentGasLevel: -1,
  weight: 1,
};
const SAMPLE_APPOINTMENT = {
  kind: "legal",
  date: "2026-12-10",
  startTime: "10:00",
  durationMinutes: 60,
  mode: "phone",
};
const SAMPLE_ACTION = { domain: "legal", actionId: "rights-information", status: "planned" };

export const SAMPLES: Record<string, Sample> = {
  "auth.login": () => ({ email: "caseworker@demo.test", password: DEMO_PASSWORD }),
  "auth.me": () => undefined,
  "auth.logout": () => undefined,
  "auth.logoutEverywhere": () => undefined,
  "auth.totp.verify": () => ({ code: "000000" }),
  "auth.totp.begin": () => undefined,
  "auth.totp.status": () => undefined,
  "auth.totp.enable": () => ({ code: "000000" }),
  "auth.totp.disable": () => ({ code: "000000" }),
  "account.installationStatus": () => undefined,
  "account.get": () => undefined,
  "account.setLanguage": () => ({ locale: "de" }),
  "account.setDigestEmails": () => ({ enabled: true }),
  // A wrong current password: an answer, and the demo password stays.
  "account.changePassword": () => ({
    currentPassword: "not-the-current-password",
    newPassword: "matrix-new-password",
    confirmPassword: "matrix-new-password",
  }),
  "account.sessions": () => undefined,
  "account.endSession": () => ({ sessionId: "0000000000000000" }),
  "account.endOtherSessions": () => undefined,
  "account.createRecoveryCodes": () => undefined,
  "account.useRecoveryCode": () => ({ code: "aaaaa-bbbbb" }),
  "account.invitations.list": () => undefined,
  "account.invitations.answer": () => ({ invitationId: MISSING_ID, accept: false }),
  "account.organisations.list": () => undefined,
  // Not a member there: NOT_FOUND after authorisation would read as a denial, so a malformed id.
  "account.organisations.switchTo": () => ({ organisationId: "not-an-id" }),
  "clients.list": () => ({ limit: 5 }),
  "clients.get": (ids) => ({ clientId: ids.clientId }),
  "clients.create": () => ({ ...SAMPLE_FACTS, isAdult: true }),
  // A version no record has: authorised calls end in CONFLICT and change nothing.
  "clients.update": (ids) => ({ ...SAMPLE_FACTS, clientId: ids.clientId, version: STALE_VERSION }),
  "clients.close": (ids) => ({ clientId: ids.clientId, version: STALE_VERSION, reasons: ["her-choice"] }),
  "clients.reopen": (ids) => ({ clientId: ids.clientId, version: STALE_VERSION }),
  "clients.setStatus": (ids) => ({ clientId: ids.clientId, version: STALE_VERSION, status: "paused" }),
  "clients.closureSetting.get": () => undefined,
  // Demo clients are open: authorised calls end in PRECONDITION_FAILED and plan nothing.
  "clients.followUp.get": (ids) => ({ clientId: ids.clientId }),
  "clients.followUp.set": (ids) => ({ clientId: ids.clientId, followUpOn: null }),
  "clients.followUp.done": (ids) => ({ clientId: ids.clientId }),
  "clients.closureSetting.set": () => ({ closureNeedsManager: true }),
  // Demo clients are open: authorised calls end in PRECONDITION_FAILED and erase nothing.
  "clients.subjectAccessExport": (ids) => ({ clientId: ids.clientId, locale: "de" }),
  "clients.erase": (ids) => ({ clientId: ids.clientId, version: STALE_VERSION, reason: "her-request" }),
  // Shared with her own caseworker: BAD_REQUEST, so no share ever changes the matrix.
  "clients.share": (ids) => ({ clientId: ids.clientId, userId: ids.caseworkerUserId }),
  "clients.unshare": (ids) => ({ clientId: ids.clientId, userId: ids.caseworkerUserId }),
  "clients.colleagues": () => ({}),
  "clients.countryRules": () => ({}),
  "clients.taskInbox": () => ({}),
  "clients.assign": (ids) => ({ clientId: ids.clientId, caseworkerId: ids.caseworkerUserId, version: STALE_VERSION }),
  "identity.status": (ids) => ({ clientId: ids.clientId }),
  "identity.set": (ids) => ({ clientId: ids.clientId, version: STALE_VERSION, contact: "Fictional contact" }),
  "identity.reveal": (ids) => ({
    clientId: ids.clientId,
    reason: "legal-proceedings",
    justification: "Court hearing needs her legal name.",
  }),
  "consents.list": (ids) => ({ clientId: ids.clientId }),
  "disclosures.list": (ids) => ({ clientId: ids.clientId }),
  "disclosures.create": (ids) => ({
    clientId: ids.clientId,
    disclosure: { date: "2026-02-01", recipient: "other-ngo", hasConsent: true },
  }),
  "consents.create": (ids) => ({
    clientId: ids.clientId,
    consent: { purpose: "anonymised-reporting", givenOn: "2026-01-05", recordedHow: "written-signed" },
  }),
  "consents.withdraw": (ids) => ({ clientId: ids.clientId, consentId: ids.consentId, version: STALE_VERSION }),
  "assessments.list": (ids) => ({ clientId: ids.clientId, limit: 5 }),
  "assessments.latest": (ids) => ({ clientId: ids.clientId }),
  "assessments.createNeeds": (ids) => ({
    clientId: ids.clientId,
    assessment: { assessedOn: "2026-11-01", needs: { legal: { level: "high" } } },
  }),
  "assessments.createRisk": (ids) => ({
    clientId: ids.clientId,
    assessment: { assessedOn: "2026-11-01", answers: {} },
  }),
  "assessments.createLadder": (ids) => ({
    clientId: ids.clientId,
    readings: [{ domain: "accommodation", value: 5, date: "2026-11-01" }],
  }),
  "plans.get": (ids) => ({ clientId: ids.clientId }),
  // Every demo client with a plan already has one: authorised calls end in CONFLICT.
  "plans.create": (ids) => ({ clientId: ids.clientId }),
  "plans.update": (ids) => ({
    clientId: ids.clientId,
    planId: ids.planId,
    version: STALE_VERSION,
    fields: {
      agreedByClient: false,
      agreedOn: null,
      conditionsImposed: [],
      accommodationSingleSex: null,
      accommodationRatedSafe: null,
      lastSafetyReviewDate: null,
    },
  }),
  "plans.addGoal": (ids) => ({ clientId: ids.clientId, planId: ids.planId, version: STALE_VERSION, goal: SAMPLE_GOAL }),
  "plans.updateGoal": (ids) => ({
    clientId: ids.clientId,
    planId: ids.planId,
    version: STALE_VERSION,
    goalId: ids.goalId,
    goal: SAMPLE_GOAL,
  }),
  "plans.removeGoal": (ids) => ({
    clientId: ids.clientId,
    planId: ids.planId,
    version: STALE_VERSION,
    goalId: ids.goalId,
  }),
  "plans.addAction": (ids) => ({
    clientId: ids.clientId,
    planId: ids.planId,
    version: STALE_VERSION,
    action: SAMPLE_ACTION,
  }),
  "plans.updateAction": (ids) => ({
    clientId: ids.clientId,
    planId: ids.planId,
    version: STALE_VERSION,
    actionId: ids.actionId,
    action: SAMPLE_ACTION,
  }),
  "plans.removeAction": (ids) => ({
    clientId: ids.clientId,
    planId: ids.planId,
    version: STALE_VERSION,
    actionId: ids.actionId,
  }),
  "plans.submit": (ids) => ({ clientId: ids.clientId, planId: ids.planId, version: STALE_VERSION }),
  "plans.approve": (ids) => ({ clientId: ids.clientId, planId: ids.planId, version: STALE_VERSION }),
  "plans.approvalQueue": () => ({}),
  "plans.return": (ids) => ({
    clientId: ids.clientId,
    planId: ids.planId,
    version: STALE_VERSION,
    comment: "Please add a date to each step.",
  }),
  "reviews.list": (ids) => ({ clientId: ids.clientId }),
  "reviews.get": (ids) => ({ clientId: ids.clientId, reviewId: ids.reviewId }),
  "reviews.create": (ids) => ({
    clientId: ids.clientId,
    reviewedOn: "2026-11-20",
    housingRatedSafe: "yes",
    summary: "Fictional review summary.",
    nextReviewDate: "2027-02-20",
  }),
  "referrals.list": (ids) => ({ clientId: ids.clientId, limit: 5 }),
  // Authorised calls end in PRECONDITION_FAILED unless she consented to that provider.
  "referrals.create": (ids) => ({ clientId: ids.clientId, providerId: ids.providerId }),
  "referrals.updateStatus": (ids) => ({
    clientId: ids.clientId,
    referralId: ids.referralId,
    status: "withdrawn",
    version: STALE_VERSION,
  }),
  "providers.list": () => ({ limit: 5 }),
  "providers.get": (ids) => ({ providerId: ids.providerId }),
  "providers.create": () => ({
    name: "Matrix Test Service (demo)",
    domains: ["legal"],
    languages: ["en"],
    isWomenOnly: false,
    acceptsMothersWithChildren: false,
  }),
  "providers.update": (ids) => ({
    providerId: ids.providerId,
    version: STALE_VERSION,
    name: "Matrix Test Service (demo)",
    domains: ["legal"],
    languages: ["en"],
    isWomenOnly: false,
    acceptsMothersWithChildren: false,
  }),
  "providers.deactivate": (ids) => ({ providerId: ids.providerId, version: STALE_VERSION }),
  "notes.list": (ids) => ({ clientId: ids.clientId, limit: 5 }),
  "notes.create": (ids) => ({ clientId: ids.clientId, body: "Fictional matrix note." }),
  "notes.accessLog": (ids) => ({ clientId: ids.clientId, limit: 5 }),
  // Documents (issue 19): a renamed program is refused after authorisation (nothing stored);
  // download and delete name no document (refused as bad input once access is granted).
  "documents.upload": (ids) => ({
    clientId: ids.clientId,
    kind: "other",
    title: "Fictional matrix document",
    contentBase64: Buffer.from("MZ fictional program").toString("base64"),
  }),
  "documents.list": (ids) => ({ clientId: ids.clientId }),
  "documents.download": (ids) => ({ clientId: ids.clientId, documentId: "no-document" }),
  "documents.delete": (ids) => ({ clientId: ids.clientId, documentId: "no-document" }),
  "appointments.listForClient": (ids) => ({ clientId: ids.clientId }),
  // A step that is not hers: authorised calls end in BAD_REQUEST and book nothing.
  "appointments.create": (ids) => ({
    clientId: ids.clientId,
    appointment: { ...SAMPLE_APPOINTMENT, actionId: MISSING_ID },
  }),
  "appointments.update": (ids) => ({
    clientId: ids.clientId,
    appointmentId: ids.appointmentId,
    version: STALE_VERSION,
    appointment: SAMPLE_APPOINTMENT,
  }),
  "appointments.cancel": (ids) => ({
    clientId: ids.clientId,
    appointmentId: ids.appointmentId,
    version: STALE_VERSION,
  }),
  "appointments.myWeek": () => ({}),
  "complaints.listForClient": (ids) => ({ clientId: ids.clientId }),
  // A date received in the future: authorised calls end in BAD_REQUEST and record nothing.
  "complaints.create": (ids) => ({
    clientId: ids.clientId,
    complaint: { receivedOn: "2099-01-01", channel: "phone", madeBy: "her", subject: "other" },
  }),
  "complaints.update": (ids) => ({
    clientId: ids.clientId,
    complaintId: "no-complaint",
    version: STALE_VERSION,
    progress: { status: "acknowledged" },
  }),
  "complaints.log": () => undefined,
  "appointments.teamWeek": () => ({ week: "2026-W49" }),
  "appointments.conflicts": () => ({}),
  // Demo records have no safe-contact rules: authorised calls end in PRECONDITION_FAILED.
  "appointments.draftReminder": (ids) => ({
    clientId: ids.clientId,
    appointmentId: ids.appointmentId,
    channel: "letter",
  }),
  "calendarFeed.status": () => undefined,
  // Revoking a feed nobody created changes nothing; creating one is left to the feed's own tests.
  "calendarFeed.revoke": () => undefined,
  "calendarFeed.create": () => undefined,
  "calendarFeed.events": () => ({ token: "A".repeat(43) }),
  "audit.clientLog": (ids) => ({ clientId: ids.clientId, limit: 5 }),
  "audit.verify": () => undefined,
  "admin.users.list": () => ({ limit: 5 }),
  "admin.users.create": () => ({
    email: "matrix-new-staff@demo.test",
    displayName: "Matrix Staff",
    role: "caseworker",
    initialPassword: "matrix-initial-password",
  }),
  // Setting what is already there: the harness must not lock the demo users out.
  "admin.users.setRole": (ids) => ({ userId: ids.caseworkerUserId, role: "caseworker" }),
  "admin.users.setActive": (ids) => ({ userId: ids.caseworkerUserId, active: true }),
  // A too-short password (an authorised refusal): a real reset would lock a demo user out of the
  // harness. Another organisation's member is NOT_FOUND in routers/account.test.ts.
  "admin.users.resetPassword": () => ({ userId: MISSING_ID, oneTimePassword: "short" }),
  "admin.organisation.get": () => undefined,
  "admin.twoStep.get": () => undefined,
  "admin.twoStep.setRequiredRoles": () => ({ roles: [] }),
  "admin.twoStep.approveEnrolment": (ids) => ({ userId: ids.caseworkerUserId }),
  // The caseworker has no second factor: a refusal (CONFLICT) that changes nothing.
  "admin.twoStep.resetSecondFactor": (ids) => ({ userId: ids.caseworkerUserId }),
  "admin.invitations.list": () => undefined,
  // A malformed id: past authorisation it is BAD_REQUEST (another organisation's: admin-staff.test.ts).
  "admin.invitations.withdraw": () => ({ invitationId: "not-an-id" }),
  "admin.activity.list": () => ({ limit: 5 }),
  "admin.planChecks.get": () => undefined,
  "admin.planChecks.update": () => ({ config: {}, version: STALE_VERSION }),
  "admin.organisation.setRetention": () => ({
    retainNotesMonths: 24,
    retainIdentityMonths: 36,
    version: STALE_VERSION,
  }),
  "admin.organisation.setCountryRules": () => ({
    reflectionPeriodDays: null,
    permitTypes: [],
    version: STALE_VERSION,
  }),
  "admin.organisation.update": () => ({
    name: "Unchanged",
    disclosureThreshold: 10,
    country: null,
    version: STALE_VERSION,
  }),
  "indicators.programme": () => ({ dimensions: ["ageBand"] }),
  // No input: the funder view of the latest complete quarter.
  "indicators.funder": () => undefined,
  // The same choice, viewed: never spends budget.
  "indicators.funderView": () => ({ dimensions: ["ageBand"] }),
  // Funding relationships: samples that change nothing (a no-op link, an unknown unlink, a stale version, a non-funder).
  "admin.funding.list": () => undefined,
  "admin.oversight.reveals": () => ({ show: "unreviewed", limit: 5 }),
  // Malformed (an authorised BAD_REQUEST that marks nothing); another organisation's reveal is
  // NOT_FOUND in routers/admin/oversight.test.ts.
  "admin.oversight.reviewReveal": () => ({ revealId: "not-a-reveal" }),
  "admin.oversight.lastVerification": () => undefined,
  "admin.funding.create": () => ({ name: "Matrix fund", epsilonPerPeriod: null }),
  // Already linked: a no-op that never looks at (or uses up) a join code.
  "admin.funding.link": () => ({ relationshipId: DEMO_RELATIONSHIP_ID, joinCode: "aaaa-bbbb-cccc-dddd" }),
  // Replaces the demo relationship's join code with one nobody learns.
  "admin.funding.createJoinCode": () => ({ relationshipId: DEMO_RELATIONSHIP_ID }),
  "admin.funding.unlink": () => ({ relationshipId: MISSING_ID }),
  "admin.funding.addMember": (ids) => ({ relationshipId: DEMO_RELATIONSHIP_ID, userId: ids.caseworkerUserId }),
  "admin.funding.removeMember": (ids) => ({ relationshipId: DEMO_RELATIONSHIP_ID, userId: ids.caseworkerUserId }),
  "admin.funding.setEpsilon": () => ({
    relationshipId: DEMO_RELATIONSHIP_ID,
    epsilonPerPeriod: null,
    version: STALE_VERSION,
  }),
  "indicators.funderExport": () => ({ format: "csv" }),
  "indicators.budget": () => undefined,
  "dashboard.scorecard": () => ({ filters: { hasChildren: true } }),
  "dashboard.principleGap": () => ({ principleId: "principle-02", status: "not-met", limit: 5 }),
  "dashboard.indicators": () => ({ period: { granularity: "year", period: "2026" }, filters: { pathway: "plm" } }),
};
