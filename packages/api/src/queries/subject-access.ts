import {
  actions,
  and,
  appointments,
  asc,
  assessments,
  clientIdentities,
  closures,
  consents,
  type Database,
  documents,
  eq,
  goals,
  notes,
  plans,
  referrals,
  reviews,
  serviceProviders,
  users,
} from "@gesim/db";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { assessmentContent, consentRecipient, goalText, narrativeReader } from "../crypto/narrative.ts";
import { clientEventsCondition, findAuditEvents } from "./audit-log.ts";

/** The most audit events a subject-access export lists (years of daily work on one record). */
const ACCESS_LOG_LIMIT = 10_000;

const open = (cipher: FieldCipher, value: string | null) => (value ? cipher.decrypt(value) : null);

type Scope = { organisationId: string; clientId: string };

/** Her identity vault, decrypted; null when there is none (never recorded, or erased). */
export async function readIdentity(db: Database, cipher: FieldCipher, { organisationId, clientId }: Scope) {
  const [row] = await db
    .select()
    .from(clientIdentities)
    .where(and(eq(clientIdentities.organisationId, organisationId), eq(clientIdentities.clientId, clientId)));
  if (!row) return null;
  return {
    legalName: open(cipher, row.legalName),
    dateOfBirth: open(cipher, row.dateOfBirth),
    contact: open(cipher, row.contact),
    address: open(cipher, row.address),
  };
}

/**
 * Her documents (issue 19): kind, title, type, size and date, and with `includeFiles` each file
 * itself, base64-encoded, for the JSON archive.
 */
export async function readDocuments(
  db: Database,
  cipher: FieldCipher,
  { organisationId, clientId }: Scope,
  includeFiles: boolean,
) {
  const rows = await db
    .select({
      id: documents.id,
      kind: documents.kind,
      titleCipher: documents.titleCipher,
      contentType: documents.contentType,
      size: documents.size,
      createdAt: documents.createdAt,
      ...(includeFiles ? { contentCipher: documents.contentCipher } : {}),
    })
    .from(documents)
    .where(and(eq(documents.organisationId, organisationId), eq(documents.clientId, clientId)))
    .orderBy(asc(documents.createdAt), asc(documents.id));
  return rows.map(({ titleCipher, contentCipher, ...row }) => ({
    ...row,
    title: cipher.decrypt(titleCipher),
    ...(typeof contentCipher === "string"
      ? { contentBase64: cipher.decryptBytes(contentCipher).toString("base64") }
      : {}),
  }));
}

/**
 * Her appointments (issue 19), oldest first, cancelled ones too, with the place decrypted: what,
 * when, where, and the interpreter and childcare she needed.
 */
export async function readAppointments(db: Database, cipher: FieldCipher, { organisationId, clientId }: Scope) {
  const rows = await db
    .select()
    .from(appointments)
    .where(and(eq(appointments.organisationId, organisationId), eq(appointments.clientId, clientId)))
    .orderBy(asc(appointments.date), asc(appointments.startTime), asc(appointments.id));
  const reader = narrativeReader(cipher);
  return rows.map((row) => ({
    kind: row.kind,
    date: row.date,
    startTime: row.startTime,
    durationMinutes: row.durationMinutes,
    mode: row.mode,
    place: reader.text(row.placeCipher, null),
    interpreter: row.interpreterLanguage
      ? {
          language: row.interpreterLanguage,
          gender: row.interpreterGender,
          mode: row.interpreterMode,
          booked: row.interpreterBooked,
        }
      : null,
    childcareNeeded: row.childcareNeeded,
    status: row.status,
  }));
}

/** Her plan with goals and actions (free text as stored: empty after erasure). */
export async function readPlan(db: Database, cipher: FieldCipher, { organisationId, clientId }: Scope) {
  const [plan] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.organisationId, organisationId), eq(plans.clientId, clientId)));
  if (!plan) return null;
  const reader = narrativeReader(cipher);
  const goalRows = await db
    .select({
      id: goals.id,
      domain: goals.domain,
      legacyText: goals.legacyText,
      textCipher: goals.textCipher,
      inHerOwnWords: goals.inHerOwnWords,
      legacyGasLevels: goals.legacyGasLevels,
      gasLevelsCipher: goals.gasLevelsCipher,
      currentGasLevel: goals.currentGasLevel,
      weight: goals.weight,
    })
    .from(goals)
    .where(and(eq(goals.organisationId, organisationId), eq(goals.planId, plan.id)))
    .orderBy(asc(goals.position), asc(goals.createdAt));
  const actionRows = await db
    .select({
      id: actions.id,
      goalId: actions.goalId,
      domain: actions.domain,
      catalogueActionId: actions.catalogueActionId,
      legacyFreeText: actions.legacyFreeText,
      freeTextCipher: actions.freeTextCipher,
      provider: serviceProviders.name,
      dueDate: actions.dueDate,
      status: actions.status,
      barrierReason: actions.barrierReason,
      legacyBarrierNote: actions.legacyBarrierNote,
      barrierNoteCipher: actions.barrierNoteCipher,
      startedOn: actions.startedOn,
      completedOn: actions.completedOn,
    })
    .from(actions)
    .leftJoin(serviceProviders, eq(serviceProviders.id, actions.providerId))
    .where(and(eq(actions.organisationId, organisationId), eq(actions.planId, plan.id)))
    .orderBy(asc(actions.position), asc(actions.createdAt));
  return {
    status: plan.status,
    agreedByClient: plan.agreedByClient,
    agreedOn: plan.agreedOn,
    conditionsImposed: plan.conditionsImposed,
    accommodationSingleSex: plan.accommodationSingleSex,
    accommodationRatedSafe: plan.accommodationRatedSafe,
    lastSafetyReviewDate: plan.lastSafetyReviewDate,
    returnComment: open(cipher, plan.returnComment),
    goals: goalRows.map(({ legacyText, textCipher, legacyGasLevels, gasLevelsCipher, ...goal }) => ({
      ...goal,
      text: goalText(reader, { legacyText, textCipher }),
      gasLevels: reader.json(gasLevelsCipher, legacyGasLevels),
    })),
    actions: actionRows.map(({ legacyFreeText, freeTextCipher, legacyBarrierNote, barrierNoteCipher, ...action }) => ({
      ...action,
      freeText: reader.text(freeTextCipher, legacyFreeText),
      barrierNote: reader.text(barrierNoteCipher, legacyBarrierNote),
    })),
  };
}

/** Consents, assessments, referrals, reviews, closures and notes, oldest first, decrypted. */
export async function readRecords(db: Database, cipher: FieldCipher, { organisationId, clientId }: Scope) {
  const consentRows = await db
    .select({
      purpose: consents.purpose,
      recipient: consents.recipient,
      recipientCipher: consents.recipientCipher,
      givenOn: consents.givenOn,
      withdrawnOn: consents.withdrawnOn,
      expiresOn: consents.expiresOn,
      recordedHow: consents.recordedHow,
    })
    .from(consents)
    .where(and(eq(consents.organisationId, organisationId), eq(consents.clientId, clientId)))
    .orderBy(asc(consents.givenOn));
  const assessmentRows = await db
    .select({
      kind: assessments.kind,
      version: assessments.version,
      assessedOn: assessments.assessedOn,
      content: assessments.content,
      notesCipher: assessments.notesCipher,
    })
    .from(assessments)
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.clientId, clientId)))
    .orderBy(asc(assessments.kind), asc(assessments.version));
  const referralRows = await db
    .select({
      provider: serviceProviders.name,
      status: referrals.status,
      sentOn: referrals.sentOn,
      decidedOn: referrals.decidedOn,
      outcome: referrals.outcome,
    })
    .from(referrals)
    .innerJoin(serviceProviders, eq(serviceProviders.id, referrals.providerId))
    .where(and(eq(referrals.organisationId, organisationId), eq(referrals.clientId, clientId)))
    .orderBy(asc(referrals.sentOn));
  const reviewRows = await db
    .select({
      reviewedOn: reviews.reviewedOn,
      housingRatedSafe: reviews.housingRatedSafe,
      summary: reviews.summary,
      nextReviewDate: reviews.nextReviewDate,
    })
    .from(reviews)
    .where(and(eq(reviews.organisationId, organisationId), eq(reviews.clientId, clientId)))
    .orderBy(asc(reviews.reviewedOn));
  const closureRows = await db
    .select({ closedOn: closures.closedOn, reasons: closures.reasons, reopenedOn: closures.reopenedOn })
    .from(closures)
    .where(and(eq(closures.organisationId, organisationId), eq(closures.clientId, clientId)))
    .orderBy(asc(closures.closedOn));
  const noteRows = await db
    .select({ createdAt: notes.createdAt, author: users.displayName, body: notes.body })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(and(eq(notes.organisationId, organisationId), eq(notes.clientId, clientId)))
    .orderBy(asc(notes.createdAt));
  const reader = narrativeReader(cipher);
  return {
    consents: consentRows.map(({ recipientCipher, ...consent }) => ({
      ...consent,
      recipient: consentRecipient(reader, { recipient: consent.recipient, recipientCipher }),
    })),
    assessments: assessmentRows.map(({ notesCipher, ...assessment }) => ({
      ...assessment,
      content: assessmentContent(reader, { content: assessment.content, notesCipher }),
    })),
    referrals: referralRows,
    reviews: reviewRows.map((r) => ({ ...r, summary: open(cipher, r.summary) })),
    closures: closureRows,
    notes: noteRows.map((n) => ({ ...n, body: open(cipher, n.body) })),
  };
}

/** Who accessed or changed her record, when and how: staff names and actions, no other client. */
export async function readAccessLog(db: Database, { organisationId, clientId }: Scope) {
  const rows = await findAuditEvents(db, clientEventsCondition(organisationId, clientId), ACCESS_LOG_LIMIT - 1, null);
  return rows.reverse().map((row) => ({
    at: row.createdAt,
    actor: row.actorName ?? null,
    action: row.action,
    entityType: row.entityType,
    outcome: row.outcome,
  }));
}
