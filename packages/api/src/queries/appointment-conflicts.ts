import { type AppointmentConflict, addDays, findAppointmentConflicts } from "@gesim/core";
import {
  and,
  appointments,
  clientShares,
  clients,
  type Database,
  eq,
  gte,
  inArray,
  isNull,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from "@gesim/db";

/** How far ahead the task inbox and the digest look for conflicts. */
const CONFLICT_HORIZON_DAYS = 14;
/** At most this many appointments are looked at (two weeks of a large caseload). */
const MAX_ROWS = 1000;

export type StaffScope = { organisationId: string; userId: string; role: string };

/**
 * The women whose appointments a person sees in her own views: for a caseworker her caseload and
 * the women shared with her; for a manager those she is the caseworker of, or attends with.
 */
export function myAppointmentsCondition(db: Database, { organisationId, userId, role }: StaffScope): SQL | undefined {
  const sharedWithHer = db
    .select({ id: clientShares.clientId })
    .from(clientShares)
    .where(and(eq(clientShares.organisationId, organisationId), eq(clientShares.userId, userId)));
  const attends = sql`${userId}::uuid = any(${appointments.attendeeUserIds})`;
  return role === "manager"
    ? or(eq(clients.caseworkerId, userId), attends)
    : or(eq(clients.caseworkerId, userId), inArray(clients.id, sharedWithHer));
}

/**
 * The appointment conflicts of a person's own women in the next two weeks (the task inbox and the
 * daily digest, issue 19): two at once for one woman, an interpreter not booked two days before.
 * Core decides; this loads (open, not erased cases; scheduled appointments) and gives each
 * conflict with her pseudonym, for the inbox only (the digest counts them).
 */
export async function loadAppointmentConflicts(
  db: Database,
  scope: StaffScope,
  today: string,
): Promise<(AppointmentConflict & { pseudonym: string })[]> {
  const rows = await db
    .select({ appointment: appointments, pseudonym: clients.pseudonym })
    .from(appointments)
    .innerJoin(clients, eq(clients.id, appointments.clientId))
    .where(
      and(
        eq(appointments.organisationId, scope.organisationId),
        eq(appointments.status, "scheduled"),
        gte(appointments.date, today),
        lte(appointments.date, addDays(today, CONFLICT_HORIZON_DAYS)),
        isNull(clients.erasedAt),
        ne(clients.status, "closed"),
        myAppointmentsCondition(db, scope),
      ),
    )
    .limit(MAX_ROWS);
  const conflicts = findAppointmentConflicts(
    rows.map(({ appointment: a }) => ({
      id: a.id,
      clientId: a.clientId,
      date: a.date,
      startTime: a.startTime,
      durationMinutes: a.durationMinutes,
      status: a.status,
      interpreterBooked: a.interpreterBooked,
    })),
    today,
  );
  return conflicts.map((conflict) => ({
    ...conflict,
    pseudonym: rows.find((r) => r.appointment.clientId === conflict.clientId)?.pseudonym ?? "",
  }));
}
