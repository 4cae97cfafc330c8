import { AppointmentFieldsSchema, addDays, IsoDateSchema, mondayOfIsoWeek, VersionSchema } from "@gesim/core";
import { and, appointments, asc, clients, type Database, eq, gte, isNull, lte, type SQL, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit, recordAuditEvents } from "../../audit/record-audit.ts";
import { narrativeReader } from "../../crypto/narrative.ts";
import { organisationToday } from "../../organisation-today.ts";
import { loadAppointmentConflicts, myAppointmentsCondition } from "../../queries/appointment-conflicts.ts";
import { refuseStaleOrMissing } from "../../queries/versioned-write.ts";
import { clientProcedure, organisationProcedure } from "../../trpc.ts";
import {
  type AppointmentRow,
  appointmentColumns,
  appointmentView,
  assertAppointmentReferences,
  weekDays,
} from "./appointment-rows.ts";
import { draftReminderProcedure } from "./draft-reminder.ts";

/** No view lists more appointments than this (a week of a large team). */
const MAX_ROWS = 1000;

const WeekSchema = z
  .object({
    week: z
      .string()
      .max(8)
      .refine((week) => mondayOfIsoWeek(week) !== null, { error: "error.invalidInput" })
      .optional(),
  })
  .strict();
const AppointmentRefSchema = z.object({ clientId: z.uuid(), appointmentId: z.uuid(), version: VersionSchema });

type Ctx = { db: Database; session: { organisationId: string; userId: string; role: string; timeZone: string } };

async function weekRows(ctx: Ctx, from: string, to: string, whose: SQL | undefined) {
  return ctx.db
    .select({
      appointment: appointments,
      pseudonym: clients.pseudonym,
      caseworkerId: clients.caseworkerId,
      caseworkerName: users.displayName,
    })
    .from(appointments)
    .innerJoin(clients, eq(clients.id, appointments.clientId))
    .leftJoin(users, eq(users.id, clients.caseworkerId))
    .where(
      and(
        eq(appointments.organisationId, ctx.session.organisationId),
        gte(appointments.date, from),
        lte(appointments.date, to),
        isNull(clients.erasedAt),
        whose,
      ),
    )
    .orderBy(asc(appointments.date), asc(appointments.startTime), asc(appointments.id))
    .limit(MAX_ROWS);
}

/**
 * One audit event per woman whose appointments a view showed (her record was read). The action
 * names start with "list" so her audit trail reads them as views (core auditEventKind).
 */
async function auditClientsShown(ctx: Ctx & { now: Date }, action: string, clientIds: readonly string[]) {
  const { organisationId, userId } = ctx.session;
  await recordAuditEvents(
    ctx.db,
    [...new Set(clientIds)].map((clientId) => ({
      organisationId,
      actorUserId: userId,
      action,
      entityType: "client" as const,
      entityId: clientId,
    })),
    ctx.now,
  );
}

/** Week views never decrypt the place: pseudonym, kind, time, mode and the interpreter's state only. */
function weekItem(row: Awaited<ReturnType<typeof weekRows>>[number], timeZone: string) {
  return {
    ...appointmentView(row.appointment, null, timeZone),
    pseudonym: row.pseudonym,
    caseworkerId: row.caseworkerId,
    caseworkerName: row.caseworkerName,
  };
}

async function loadAppointment(ctx: Ctx, clientId: string, appointmentId: string): Promise<AppointmentRow> {
  const [row] = await ctx.db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.id, appointmentId),
        eq(appointments.organisationId, ctx.session.organisationId),
        eq(appointments.clientId, clientId),
      ),
    );
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
  return row;
}

/**
 * Her appointments (issue 19): booked on her record by her caseworker or a manager; the place is
 * stored only encrypted. Every view of them is audited against her record.
 */
export const appointmentsRouter = {
  /** Her appointments from `from` (default: 30 days ago), with the place decrypted; audited. */
  listForClient: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), from: IsoDateSchema.optional() }).strict())
    .query(async ({ ctx, input }) => {
      const { organisationId, userId, timeZone } = ctx.session;
      const from = input.from ?? addDays(organisationToday(ctx), -30);
      const rows = await ctx.db
        .select()
        .from(appointments)
        .where(
          and(
            eq(appointments.organisationId, organisationId),
            eq(appointments.clientId, input.clientId),
            gte(appointments.date, from),
          ),
        )
        .orderBy(asc(appointments.date), asc(appointments.startTime), asc(appointments.id))
        .limit(MAX_ROWS);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "appointments.listForClient",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      const reader = narrativeReader(ctx.cipher);
      return rows.map((row) => appointmentView(row, reader.text(row.placeCipher, null), timeZone));
    }),

  create: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), appointment: AppointmentFieldsSchema }).strict())
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      await assertAppointmentReferences(ctx.db, { organisationId, clientId: input.clientId }, input.appointment);
      const [row] = await ctx.db
        .insert(appointments)
        .values({
          organisationId,
          clientId: input.clientId,
          createdBy: userId,
          ...appointmentColumns(ctx.cipher, input.appointment),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: appointments.id, version: appointments.version });
      if (!row) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "appointments.create",
          entityType: "appointment",
          entityId: row.id,
        },
        ctx.now,
      );
      return row;
    }),

  update: clientProcedure("caseworker", "manager")
    .input(AppointmentRefSchema.extend({ appointment: AppointmentFieldsSchema }).strict())
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      await assertAppointmentReferences(ctx.db, { organisationId, clientId: input.clientId }, input.appointment);
      const current = await loadAppointment(ctx, input.clientId, input.appointmentId);
      if (current.status === "cancelled")
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "appointment.error.cancelled" });
      const [row] = await ctx.db
        .update(appointments)
        .set({ ...appointmentColumns(ctx.cipher, input.appointment), version: input.version + 1, updatedAt: ctx.now })
        .where(and(eq(appointments.id, current.id), eq(appointments.version, input.version)))
        .returning({ id: appointments.id, version: appointments.version });
      if (!row) return refuseStaleOrMissing(async () => true);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "appointments.update",
          entityType: "appointment",
          entityId: row.id,
        },
        ctx.now,
      );
      return row;
    }),

  /** Cancelled appointments stay on her record (and leave the calendar feed as cancelled). */
  cancel: clientProcedure("caseworker", "manager")
    .input(AppointmentRefSchema.strict())
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const current = await loadAppointment(ctx, input.clientId, input.appointmentId);
      if (current.status === "cancelled")
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "appointment.error.cancelled" });
      const [row] = await ctx.db
        .update(appointments)
        .set({ status: "cancelled", version: input.version + 1, updatedAt: ctx.now })
        .where(and(eq(appointments.id, current.id), eq(appointments.version, input.version)))
        .returning({ id: appointments.id, version: appointments.version });
      if (!row) return refuseStaleOrMissing(async () => true);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "appointments.cancel",
          entityType: "appointment",
          entityId: row.id,
        },
        ctx.now,
      );
      return row;
    }),

  /** Her own week: the appointments of her women (and, for a manager, those she attends). No places. */
  myWeek: organisationProcedure("caseworker", "manager")
    .input(WeekSchema.default({}))
    .query(async ({ ctx, input }) => {
      const week = weekDays(input.week, organisationToday(ctx));
      const rows = await weekRows(ctx, week.from, week.to, myAppointmentsCondition(ctx.db, ctx.session));
      await auditClientsShown(
        ctx,
        "appointments.listMyWeek",
        rows.map((r) => r.appointment.clientId),
      );
      return { ...week, today: organisationToday(ctx), items: rows.map((r) => weekItem(r, ctx.session.timeZone)) };
    }),

  /** Managers: the whole team's week, every caseworker's women. No places. */
  teamWeek: organisationProcedure("manager")
    .input(WeekSchema.default({}))
    .query(async ({ ctx, input }) => {
      const week = weekDays(input.week, organisationToday(ctx));
      const rows = await weekRows(ctx, week.from, week.to, undefined);
      await auditClientsShown(
        ctx,
        "appointments.listTeamWeek",
        rows.map((r) => r.appointment.clientId),
      );
      return { ...week, today: organisationToday(ctx), items: rows.map((r) => weekItem(r, ctx.session.timeZone)) };
    }),

  /**
   * For the task inbox: in the next two weeks, two appointments of one of her women at the same time,
   * and interpreters not booked two days before. Core decides; this loads and names.
   */
  conflicts: organisationProcedure("caseworker", "manager")
    .input(z.object({}).strict().default({}))
    .query(async ({ ctx }) => {
      const conflicts = await loadAppointmentConflicts(ctx.db, ctx.session, organisationToday(ctx));
      await auditClientsShown(
        ctx,
        "appointments.listConflicts",
        conflicts.map((c) => c.clientId),
      );
      return conflicts;
    }),

  /** A reminder to her, drafted for the caseworker to send herself by a channel she allowed; never sent. */
  draftReminder: draftReminderProcedure,
} satisfies TRPCRouterRecord;
