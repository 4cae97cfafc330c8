import { daysBetween } from "../plan/iso-date.ts";
import type { AppointmentStatus } from "./appointment.ts";
import { wallMinutes } from "./time.ts";

/** How many days before an appointment an interpreter it needs must be booked (issue 19). */
export const INTERPRETER_BOOKING_LEAD_DAYS = 2;

/** What the conflict checks read of an appointment: no place, no names. */
export type AppointmentTiming = {
  id: string;
  clientId: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  status: AppointmentStatus;
  /** null when no interpreter is needed. */
  interpreterBooked: boolean | null;
};

export type AppointmentConflict =
  | { kind: "overlap"; clientId: string; appointmentIds: [string, string]; date: string }
  | { kind: "interpreter-not-booked"; clientId: string; appointmentIds: [string]; date: string };

/** True when two appointments of hers take place, at least in part, at the same time. */
export function appointmentsOverlap(a: AppointmentTiming, b: AppointmentTiming): boolean {
  const aStart = wallMinutes(a.date, a.startTime);
  const bStart = wallMinutes(b.date, b.startTime);
  return aStart < bStart + b.durationMinutes && bStart < aStart + a.durationMinutes;
}

/**
 * An interpreter is needed but not booked, and the appointment is `INTERPRETER_BOOKING_LEAD_DAYS`
 * days away or nearer (today included; past appointments are left alone).
 */
export function interpreterBookingOverdue(appointment: AppointmentTiming, today: string): boolean {
  if (appointment.status !== "scheduled" || appointment.interpreterBooked !== false) return false;
  const daysAway = daysBetween(today, appointment.date);
  return daysAway >= 0 && daysAway <= INTERPRETER_BOOKING_LEAD_DAYS;
}

/**
 * The conflicts in a set of appointments (the task inbox, issue 19): two scheduled appointments of
 * the same woman that overlap, and interpreters not booked in time. Only appointments from today
 * on count; cancelled ones never do. Ordered by date.
 */
export function findAppointmentConflicts(
  appointments: readonly AppointmentTiming[],
  today: string,
): AppointmentConflict[] {
  const upcoming = appointments
    .filter((a) => a.status === "scheduled" && daysBetween(today, a.date) >= 0)
    .sort((a, b) => wallMinutes(a.date, a.startTime) - wallMinutes(b.date, b.startTime) || a.id.localeCompare(b.id));
  const conflicts: AppointmentConflict[] = [];
  for (const [i, a] of upcoming.entries()) {
    if (interpreterBookingOverdue(a, today))
      conflicts.push({ kind: "interpreter-not-booked", clientId: a.clientId, appointmentIds: [a.id], date: a.date });
    for (const b of upcoming.slice(i + 1)) {
      if (b.clientId === a.clientId && appointmentsOverlap(a, b))
        conflicts.push({ kind: "overlap", clientId: a.clientId, appointmentIds: [a.id, b.id], date: a.date });
    }
  }
  return conflicts;
}
