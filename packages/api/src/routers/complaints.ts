import {
  ComplaintFieldsSchema,
  type ComplaintProblem,
  ComplaintProgressSchema,
  compareComplaintsForLog,
  complaintAgeDays,
  complaintFieldsProblem,
  complaintProgressProblem,
  isComplaintOpen,
  VersionSchema,
} from "@gesim/core";
import { and, complaints, eq } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit, recordAuditEvents } from "../audit/record-audit.ts";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { organisationToday } from "../organisation-today.ts";
import {
  type ComplaintRow,
  complaintsLog,
  complaintsOfClient,
  findComplaint,
  isActiveStaff,
} from "../queries/complaints.ts";
import { refuseStaleOrMissing } from "../queries/versioned-write.ts";
import { clientProcedure, organisationProcedure } from "../trpc.ts";

/** A refusal of bad input that names the field and its message key (the form shows it there). */
function refuse(problem: ComplaintProblem): never {
  throw new TRPCError({ code: "BAD_REQUEST", message: problem.key });
}

async function assertHandler(
  ctx: { db: Parameters<typeof isActiveStaff>[0]; session: { organisationId: string } },
  handlerUserId: string | null | undefined,
) {
  if (handlerUserId && !(await isActiveStaff(ctx.db, ctx.session.organisationId, handlerUserId)))
    throw new TRPCError({ code: "BAD_REQUEST", message: "complaint.error.handlerNotStaff" });
}

function seal(cipher: FieldCipher, text: string | null | undefined): string | null {
  return text ? cipher.encrypt(text) : null;
}

function complaintView(row: ComplaintRow, handlerName: string | null, cipher: FieldCipher, today: string) {
  return {
    id: row.id,
    clientId: row.clientId,
    receivedOn: row.receivedOn,
    channel: row.channel,
    madeBy: row.madeBy,
    subject: row.subject,
    details: row.detailsCipher === null ? null : cipher.decrypt(row.detailsCipher),
    handlerId: row.handlerId,
    handlerName,
    status: row.status,
    outcome: row.outcomeCipher === null ? null : cipher.decrypt(row.outcomeCipher),
    closedOn: row.closedOn,
    toldOutcome: row.toldOutcome,
    open: isComplaintOpen(row.status),
    ageDays: complaintAgeDays(row, today),
    version: row.version,
  };
}

/**
 * Complaints about the service (P10, issue 21): recorded on her record by her caseworker or a
 * manager; details and outcome stored only encrypted; every view audited against her record.
 * Managers see the organisation's log (no narrative). Nothing here is open to funders.
 */
export const complaintsRouter = {
  /** Her complaints, details and outcome decrypted; audited. */
  listForClient: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid() }).strict())
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const rows = await complaintsOfClient(ctx.db, organisationId, input.clientId);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "complaints.listForClient",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      const today = organisationToday(ctx);
      return rows.map((row) => complaintView(row.complaint, row.handlerName, ctx.cipher, today));
    }),

  create: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), complaint: ComplaintFieldsSchema }).strict())
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const problem = complaintFieldsProblem(input.complaint, organisationToday(ctx));
      if (problem) refuse(problem);
      await assertHandler(ctx, input.complaint.handlerUserId);
      const [row] = await ctx.db
        .insert(complaints)
        .values({
          organisationId,
          clientId: input.clientId,
          receivedOn: input.complaint.receivedOn,
          channel: input.complaint.channel,
          madeBy: input.complaint.madeBy,
          subject: input.complaint.subject,
          detailsCipher: seal(ctx.cipher, input.complaint.details),
          handlerId: input.complaint.handlerUserId ?? null,
          recordedBy: userId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: complaints.id, version: complaints.version });
      if (!row) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "complaints.create",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      return row;
    }),

  /** Moves it on (acknowledged, resolved, withdrawn), records the outcome and whether she was told. */
  update: clientProcedure("caseworker", "manager")
    .input(
      z
        .object({
          clientId: z.uuid(),
          complaintId: z.uuid(),
          version: VersionSchema,
          progress: ComplaintProgressSchema,
        })
        .strict(),
    )
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const current = await findComplaint(ctx.db, organisationId, input.clientId, input.complaintId);
      if (!current) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      const problem = complaintProgressProblem(current, input.progress, organisationToday(ctx));
      if (problem) refuse(problem);
      await assertHandler(ctx, input.progress.handlerUserId);
      const { progress } = input;
      const [row] = await ctx.db
        .update(complaints)
        .set({
          status: progress.status,
          outcomeCipher: seal(ctx.cipher, progress.outcome),
          closedOn: isComplaintOpen(progress.status) ? null : (progress.closedOn ?? null),
          toldOutcome: progress.toldOutcome,
          handlerId: progress.handlerUserId ?? null,
          version: input.version + 1,
          updatedAt: ctx.now,
        })
        .where(and(eq(complaints.id, current.id), eq(complaints.version, input.version)))
        .returning({ id: complaints.id, version: complaints.version, status: complaints.status });
      if (!row) return refuseStaleOrMissing(async () => true);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "complaints.update",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      return row;
    }),

  /**
   * Managers: the organisation's complaints log, open ones first (the longest wait on top), with
   * their age in days. No details or outcome (those are on her record); one audit event per woman shown.
   */
  log: organisationProcedure("manager")
    .input(z.object({}).strict().optional())
    .query(async ({ ctx }) => {
      const { organisationId, userId } = ctx.session;
      const today = organisationToday(ctx);
      const rows = (await complaintsLog(ctx.db, organisationId)).sort(compareComplaintsForLog);
      await recordAuditEvents(
        ctx.db,
        [...new Set(rows.map((row) => row.clientId))].map((clientId) => ({
          organisationId,
          actorUserId: userId,
          action: "complaints.log",
          entityType: "client" as const,
          entityId: clientId,
        })),
        ctx.now,
      );
      return {
        openCount: rows.filter((row) => isComplaintOpen(row.status)).length,
        items: rows.map((row) => ({
          ...row,
          open: isComplaintOpen(row.status),
          ageDays: complaintAgeDays(row, today),
        })),
      };
    }),
} satisfies TRPCRouterRecord;
