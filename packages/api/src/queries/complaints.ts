import { and, asc, clients, complaints, type Database, eq, inArray, isNull, memberships, users } from "@gesim/db";

/** No view lists more complaints than this. */
export const COMPLAINTS_MAX_ROWS = 1000;

export type ComplaintRow = typeof complaints.$inferSelect;

/** One of her complaints, in this organisation, or undefined. */
export async function findComplaint(db: Database, organisationId: string, clientId: string, complaintId: string) {
  const [row] = await db
    .select()
    .from(complaints)
    .where(
      and(
        eq(complaints.id, complaintId),
        eq(complaints.organisationId, organisationId),
        eq(complaints.clientId, clientId),
      ),
    );
  return row;
}

/** Her complaints with the handler's name, oldest first. */
export async function complaintsOfClient(db: Database, organisationId: string, clientId: string) {
  return db
    .select({ complaint: complaints, handlerName: users.displayName })
    .from(complaints)
    .leftJoin(users, eq(users.id, complaints.handlerId))
    .where(and(eq(complaints.organisationId, organisationId), eq(complaints.clientId, clientId)))
    .orderBy(asc(complaints.receivedOn), asc(complaints.id))
    .limit(COMPLAINTS_MAX_ROWS);
}

/**
 * The organisation's complaints log: no narrative columns (details and outcome stay sealed), her
 * pseudonym and the handler's name; erased women's complaints are left out (their record is gone).
 */
export async function complaintsLog(db: Database, organisationId: string) {
  return db
    .select({
      id: complaints.id,
      clientId: complaints.clientId,
      pseudonym: clients.pseudonym,
      receivedOn: complaints.receivedOn,
      channel: complaints.channel,
      madeBy: complaints.madeBy,
      subject: complaints.subject,
      status: complaints.status,
      closedOn: complaints.closedOn,
      toldOutcome: complaints.toldOutcome,
      handlerId: complaints.handlerId,
      handlerName: users.displayName,
    })
    .from(complaints)
    .innerJoin(clients, eq(clients.id, complaints.clientId))
    .leftJoin(users, eq(users.id, complaints.handlerId))
    .where(and(eq(complaints.organisationId, organisationId), isNull(clients.erasedAt)))
    .limit(COMPLAINTS_MAX_ROWS);
}

/** Whether a user is active staff (caseworker or manager) of the organisation: who may handle a complaint. */
export async function isActiveStaff(db: Database, organisationId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.userId, userId),
        inArray(memberships.role, ["caseworker", "manager"]),
        eq(memberships.active, true),
      ),
    );
  return row !== undefined;
}
