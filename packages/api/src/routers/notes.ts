import { BoundedDateTimeSchema, NoteBodySchema } from "@gesim/core";
import { and, desc, eq, notes, sql, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit, recordAuditEvents } from "../audit/record-audit.ts";
import { findAuditEvents, noteEventsCondition } from "../queries/audit-log.ts";
import { CursorInputSchema, decodeCursor, pageOf } from "../queries/cursor.ts";
import { clientProcedure } from "../trpc.ts";

const CreatedAtCursorSchema = z.tuple([BoundedDateTimeSchema, z.uuid()]);
const IdCursorSchema = z.tuple([z.number().int().positive()]);
const PageSchema = { limit: z.number().int().min(1).max(100).default(20), cursor: CursorInputSchema };

/** Case notes: stored only encrypted; every note shown is audited as `note.read`. */
export const notesRouter = {
  list: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), ...PageSchema }))
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const after = input.cursor ? decodeCursor(input.cursor, CreatedAtCursorSchema) : null;
      const rows = await ctx.db
        .select({
          id: notes.id,
          body: notes.body,
          createdAt: notes.createdAt,
          authorId: notes.authorId,
          authorName: users.displayName,
        })
        .from(notes)
        .leftJoin(users, eq(users.id, notes.authorId))
        .where(
          and(
            eq(notes.organisationId, organisationId),
            eq(notes.clientId, input.clientId),
            after ? sql`(${notes.createdAt}, ${notes.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
          ),
        )
        .orderBy(desc(notes.createdAt), desc(notes.id))
        .limit(input.limit + 1);
      const page = pageOf(rows, input.limit, (row) => [row.createdAt.toISOString(), row.id]);
      const reads = page.items.map((note) => ({
        organisationId,
        actorUserId: userId,
        action: "note.read",
        entityType: "note" as const,
        entityId: note.id,
      }));
      await recordAuditEvents(ctx.db, reads, ctx.now);
      return { ...page, items: page.items.map((note) => ({ ...note, body: ctx.cipher.decrypt(note.body) })) };
    }),

  create: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), body: NoteBodySchema }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const [row] = await ctx.db
        .insert(notes)
        .values({
          organisationId,
          clientId: input.clientId,
          authorId: userId,
          body: ctx.cipher.encrypt(input.body),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: notes.id, createdAt: notes.createdAt });
      if (!row) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
      await recordAudit(
        ctx.db,
        { organisationId, actorUserId: userId, action: "note.create", entityType: "note", entityId: row.id },
        ctx.now,
      );
      return row;
    }),

  /** Managers only: who read or wrote this client's notes, and when. Names and times, no content. */
  accessLog: clientProcedure("manager")
    .input(z.object({ clientId: z.uuid(), ...PageSchema }))
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const before = input.cursor ? decodeCursor(input.cursor, IdCursorSchema)[0] : null;
      const rows = await findAuditEvents(
        ctx.db,
        noteEventsCondition(organisationId, input.clientId),
        input.limit,
        before,
      );
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "notes.accessLog",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      return pageOf(rows, input.limit, (row) => [row.id]);
    }),
} satisfies TRPCRouterRecord;
