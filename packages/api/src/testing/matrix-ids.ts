// The records the authorisation-matrix test calls procedures with: one set in the caller's
// own caseload, one of a colleague in the same organisation, one in another organisation.
// Loaded from the demo seed, so every router's records must be in the seed: for every client
// of both organisations where the record type applies.
import {
  actions,
  and,
  appointments,
  asc,
  assessments,
  clients,
  consents,
  type Database,
  eq,
  goals,
  memberships,
  notes,
  organisations,
  plans,
  referrals,
  reviews,
  serviceProviders,
  users,
} from "@gesim/db";
import { DEMO_ORGANISATION, SECOND_ORGANISATION } from "../demo/seed-demo.ts";

/** An id that exists nowhere: a sample built from a missing record fails with NOT_FOUND. */
export const MISSING_ID = "00000000-0000-4000-8000-000000000000";

export type MatrixIds = {
  organisationId: string;
  /** A caseworker of that organisation (for sharing and assignment). */
  caseworkerUserId: string;
  clientId: string;
  planId: string;
  goalId: string;
  actionId: string;
  consentId: string;
  assessmentId: string;
  providerId: string;
  referralId: string;
  reviewId: string;
  noteId: string;
  appointmentId: string;
};

export type MatrixFixture = {
  /** Records of caseworker@demo.test's own caseload. */
  own: MatrixIds;
  /** Records of caseworker-b@demo.test: same organisation, another caseworker. */
  colleague: MatrixIds;
  /** Records of Second NGO. */
  other: MatrixIds;
};

function idOf(rows: { id: string }[]): string {
  return rows[0]?.id ?? MISSING_ID;
}

async function idsFor(db: Database, organisationName: string, caseworkerEmail: string): Promise<MatrixIds> {
  const [row] = await db
    .select({ organisationId: organisations.id, userId: users.id })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(organisations.name, organisationName), eq(users.email, caseworkerEmail)));
  if (!row) throw new Error(`no ${caseworkerEmail} in ${organisationName}`);
  // Her first active client, by pseudonym: the seed gives active clients a plan and more.
  const clientId = idOf(
    await db
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.caseworkerId, row.userId), eq(clients.status, "active")))
      .orderBy(asc(clients.pseudonym))
      .limit(1),
  );
  return {
    organisationId: row.organisationId,
    caseworkerUserId: row.userId,
    clientId,
    planId: idOf(await db.select({ id: plans.id }).from(plans).where(eq(plans.clientId, clientId)).limit(1)),
    goalId: idOf(await db.select({ id: goals.id }).from(goals).where(eq(goals.clientId, clientId)).limit(1)),
    actionId: idOf(await db.select({ id: actions.id }).from(actions).where(eq(actions.clientId, clientId)).limit(1)),
    consentId: idOf(
      await db.select({ id: consents.id }).from(consents).where(eq(consents.clientId, clientId)).limit(1),
    ),
    assessmentId: idOf(
      await db.select({ id: assessments.id }).from(assessments).where(eq(assessments.clientId, clientId)).limit(1),
    ),
    providerId: idOf(
      await db
        .select({ id: serviceProviders.id })
        .from(serviceProviders)
        .where(eq(serviceProviders.organisationId, row.organisationId))
        .orderBy(asc(serviceProviders.name))
        .limit(1),
    ),
    referralId: idOf(
      await db.select({ id: referrals.id }).from(referrals).where(eq(referrals.clientId, clientId)).limit(1),
    ),
    reviewId: idOf(await db.select({ id: reviews.id }).from(reviews).where(eq(reviews.clientId, clientId)).limit(1)),
    noteId: idOf(await db.select({ id: notes.id }).from(notes).where(eq(notes.clientId, clientId)).limit(1)),
    appointmentId: idOf(
      await db.select({ id: appointments.id }).from(appointments).where(eq(appointments.clientId, clientId)).limit(1),
    ),
  };
}

export async function loadMatrixFixture(db: Database): Promise<MatrixFixture> {
  return {
    own: await idsFor(db, DEMO_ORGANISATION, "caseworker@demo.test"),
    colleague: await idsFor(db, DEMO_ORGANISATION, "caseworker-b@demo.test"),
    other: await idsFor(db, SECOND_ORGANISATION, "caseworker2@demo.test"),
  };
}
