import { type AppointmentFields, addDays, instantIn, isoWeekOf, mondayOfIsoWeek } from "@gesim/core";
import { actions, and, type appointments, type Database, eq, inArray, memberships } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import type { FieldCipher } from "../../crypto/field-cipher.ts";

/** The columns an appointment's fields are stored in: the place sealed, the interpreter spread out. */
export function appointmentColumns(cipher: FieldCipher, fields: AppointmentFields) {
  const place = fields.mode === "in-person" && fields.place ? fields.place : null;
  return {
    kind: fields.kind,
    date: fields.date,
    startTime: fields.startTime,
    durationMinutes: fields.durationMinutes,
    mode: fields.mode,
    placeCipher: place === null ? null : cipher.encrypt(place),
    actionId: fields.actionId ?? null,
    attendeeUserIds: [...new Set(fields.attendeeUserIds)],
    interpreterLanguage: fields.interpreter?.language ?? null,
    interpreterGender: fields.interpreter?.gender ?? null,
    interpreterMode: fields.interpreter?.mode ?? null,
    interpreterBooked: fields.interpreter ? fields.interpreter.booked : null,
    childcareNeeded: fields.childcareNeeded,
  };
}

/**
 * The step must be one of hers, and the attendees active staff of the organisation (caseworkers or
 * managers): a refusal is bad input, its message key naming what is wrong.
 */
export async function assertAppointmentReferences(
  db: Database,
  scope: { organisationId: string; clientId: string },
  fields: AppointmentFields,
): Promise<void> {
  if (fields.actionId) {
    const [step] = await db
      .select({ id: actions.id })
      .from(actions)
      .where(
        and(
          eq(actions.id, fields.actionId),
          eq(actions.organisationId, scope.organisationId),
          eq(actions.clientId, scope.clientId),
        ),
      );
    if (!step) throw badField("appointment.error.actionNotInPlan");
  }
  const attendees = [...new Set(fields.attendeeUserIds)];
  if (attendees.length > 0) {
    const staff = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(
        and(
          eq(memberships.organisationId, scope.organisationId),
          inArray(memberships.userId, attendees),
          inArray(memberships.role, ["caseworker", "manager"]),
          eq(memberships.active, true),
        ),
      );
    if (staff.length !== attendees.length) throw badField("appointment.error.attendeeNotStaff");
  }
}

function badField(messageKey: string): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message: messageKey });
}

export type AppointmentRow = typeof appointments.$inferSelect;

/** What callers see of an appointment (the place decrypted only where asked for). */
export function appointmentView(row: AppointmentRow, place: string | null, timeZone: string) {
  const start = instantIn(row.date, row.startTime, timeZone);
  return {
    id: row.id,
    clientId: row.clientId,
    actionId: row.actionId,
    kind: row.kind,
    date: row.date,
    startTime: row.startTime,
    durationMinutes: row.durationMinutes,
    start: start.toISOString(),
    end: new Date(start.getTime() + row.durationMinutes * 60_000).toISOString(),
    mode: row.mode,
    place,
    attendeeUserIds: row.attendeeUserIds,
    interpreter:
      row.interpreterLanguage && row.interpreterGender && row.interpreterMode && row.interpreterBooked !== null
        ? {
            language: row.interpreterLanguage,
            gender: row.interpreterGender,
            mode: row.interpreterMode,
            booked: row.interpreterBooked,
          }
        : null,
    childcareNeeded: row.childcareNeeded,
    status: row.status,
    version: row.version,
  };
}

/** The seven days of an ISO week ("2026-W49"), or of the week of `today` when none is given. */
export function weekDays(week: string | undefined, today: string) {
  const monday = (week && mondayOfIsoWeek(week)) || mondayOfIsoWeek(isoWeekOf(today));
  if (!monday) throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput" });
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return {
    week: isoWeekOf(monday),
    previousWeek: isoWeekOf(addDays(monday, -7)),
    nextWeek: isoWeekOf(addDays(monday, 7)),
    days,
    from: monday,
    to: addDays(monday, 6),
  };
}
