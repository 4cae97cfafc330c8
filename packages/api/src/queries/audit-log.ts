import {
  actions,
  and,
  appointments,
  assessments,
  auditEvents,
  consents,
  type Database,
  desc,
  documents,
  eq,
  goals,
  notes,
  or,
  plans,
  referrals,
  reviews,
  sql,
  users,
} from "@gesim/db";

type Sql = ReturnType<typeof sql>;

/** Ids (as text) of one client's records, per entity type their audit events carry. */
const CLIENT_RECORD_IDS: Record<string, (organisationId: string, clientId: string) => Sql> = {
  note: (o, c) =>
    sql`select ${notes.id}::text from ${notes} where ${notes.clientId} = ${c} and ${notes.organisationId} = ${o}`,
  referral: (o, c) =>
    sql`select ${referrals.id}::text from ${referrals} where ${referrals.clientId} = ${c} and ${referrals.organisationId} = ${o}`,
  consent: (o, c) =>
    sql`select ${consents.id}::text from ${consents} where ${consents.clientId} = ${c} and ${consents.organisationId} = ${o}`,
  assessment: (o, c) =>
    sql`select ${assessments.id}::text from ${assessments} where ${assessments.clientId} = ${c} and ${assessments.organisationId} = ${o}`,
  plan: (o, c) =>
    sql`select ${plans.id}::text from ${plans} where ${plans.clientId} = ${c} and ${plans.organisationId} = ${o}`,
  goal: (o, c) =>
    sql`select ${goals.id}::text from ${goals} where ${goals.clientId} = ${c} and ${goals.organisationId} = ${o}`,
  action: (o, c) =>
    sql`select ${actions.id}::text from ${actions} where ${actions.clientId} = ${c} and ${actions.organisationId} = ${o}`,
  document: (o, c) =>
    sql`select ${documents.id}::text from ${documents} where ${documents.clientId} = ${c} and ${documents.organisationId} = ${o}`,
  appointment: (o, c) =>
    sql`select ${appointments.id}::text from ${appointments} where ${appointments.clientId} = ${c} and ${appointments.organisationId} = ${o}`,
  review: (o, c) =>
    sql`select ${reviews.id}::text from ${reviews} where ${reviews.clientId} = ${c} and ${reviews.organisationId} = ${o}`,
};

function eventsAbout(entityType: string, organisationId: string, clientId: string): Sql | undefined {
  const ids = CLIENT_RECORD_IDS[entityType];
  return ids
    ? sql`(${auditEvents.entityType} = ${entityType} and ${auditEvents.entityId} in (${ids(organisationId, clientId)}))`
    : undefined;
}

/**
 * Every audit event about one client: those naming her id (client, identity, export…) and
 * those naming one of her records (notes, referrals, consents, plans…).
 */
export function clientEventsCondition(organisationId: string, clientId: string): Sql | undefined {
  const about = Object.keys(CLIENT_RECORD_IDS).map((type) => eventsAbout(type, organisationId, clientId));
  return and(eq(auditEvents.organisationId, organisationId), or(eq(auditEvents.entityId, clientId), ...about));
}

/** Audit events about one client's notes (who read or wrote them). */
export function noteEventsCondition(organisationId: string, clientId: string): Sql | undefined {
  return and(eq(auditEvents.organisationId, organisationId), eventsAbout("note", organisationId, clientId));
}

/** A page of audit events (newest first) with the actor's display name; never any content. */
export async function findAuditEvents(db: Database, where: Sql | undefined, limit: number, beforeId: number | null) {
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      outcome: auditEvents.outcome,
      createdAt: auditEvents.createdAt,
      actorUserId: auditEvents.actorUserId,
      actorName: users.displayName,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(where, beforeId === null ? undefined : sql`${auditEvents.id} < ${beforeId}`))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
}
