import { alias, and, auditVerifications, clients, desc, eq, identityReveals, isNull, sql, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit, recordAuditEvents } from "../../audit/record-audit.ts";
import { CursorInputSchema, decodeCursor, pageOf } from "../../queries/cursor.ts";
import { organisationProcedure } from "../../trpc.ts";

const RevealCursorSchema = z.tuple([z.string().max(40), z.uuid()]);
const reviewer = alias(users, "reviewer");

/**
 * Managers' oversight (issue 17, domain.md §7.2): the break-glass review list — every reveal of
 * a woman's identity with its reason and written justification, which a manager marks as
 * reviewed (the reveal form promises "your manager can see it") — and the last verification of
 * the audit trail. Reading justifications is itself audited; nothing here takes a lock.
 *
 * admin.oversight.reveals({ show: "unreviewed" | "all", limit?, cursor? }) → { items: [{ revealId, clientId,
 *   pseudonym, reason, justification, revealedAt, revealedByName, reviewedAt, reviewedByName }], nextCursor }
 * admin.oversight.reviewReveal({ revealId }) → { revealId, reviewedAt }   (idempotent: the first review stays)
 * admin.oversight.lastVerification() → { verifiedAt, source, ok, events, pending, brokenAtEventId } | null
 */
export const oversightRouter = {
  reveals: organisationProcedure("manager")
    .input(
      z
        .object({
          show: z.enum(["unreviewed", "all"]).default("unreviewed"),
          limit: z.number().int().min(1).max(100).default(50),
          cursor: CursorInputSchema,
        })
        .default({ show: "unreviewed", limit: 50 }),
    )
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const r = identityReveals;
      const after = input.cursor ? decodeCursor(input.cursor, RevealCursorSchema) : null;
      const rows = await ctx.db
        .select({
          revealId: r.id,
          clientId: r.clientId,
          pseudonym: clients.pseudonym,
          reason: r.reason,
          justification: r.justification,
          revealedAt: r.createdAt,
          revealedByName: users.displayName,
          reviewedAt: r.reviewedAt,
          reviewedByName: reviewer.displayName,
        })
        .from(r)
        .innerJoin(clients, and(eq(clients.id, r.clientId), eq(clients.organisationId, organisationId)))
        .leftJoin(users, eq(users.id, r.revealedBy))
        .leftJoin(reviewer, eq(reviewer.id, r.reviewedBy))
        .where(
          and(
            eq(r.organisationId, organisationId),
            input.show === "unreviewed" ? isNull(r.reviewedAt) : undefined,
            after ? sql`(${r.createdAt}, ${r.id}) < (${after[0]}::timestamptz, ${after[1]})` : undefined,
          ),
        )
        .orderBy(desc(r.createdAt), desc(r.id))
        .limit(input.limit + 1);
      // The list itself, and, for each woman shown, that a manager read why her identity was revealed.
      const shown = [...new Set(rows.slice(0, input.limit).map((row) => row.clientId))];
      await recordAuditEvents(
        ctx.db,
        [
          {
            organisationId,
            actorUserId: userId,
            action: "admin.oversight.reveals",
            entityType: "organisation",
            entityId: organisationId,
          },
          ...shown.map((clientId) => ({
            organisationId,
            actorUserId: userId,
            action: "admin.oversight.reveals",
            entityType: "identity" as const,
            entityId: clientId,
          })),
        ],
        ctx.now,
      );
      const items = rows.map((row) => ({ ...row, justification: ctx.cipher.decrypt(row.justification) }));
      return pageOf(items, input.limit, (row) => [row.revealedAt.toISOString(), row.revealId]);
    }),

  reviewReveal: organisationProcedure("manager")
    .input(z.object({ revealId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const mine = and(eq(identityReveals.id, input.revealId), eq(identityReveals.organisationId, organisationId));
      await ctx.db
        .update(identityReveals)
        .set({ reviewedAt: ctx.now, reviewedBy: userId, updatedAt: ctx.now })
        .where(and(mine, isNull(identityReveals.reviewedAt)));
      const [row] = await ctx.db
        .select({
          revealId: identityReveals.id,
          clientId: identityReveals.clientId,
          reviewedAt: identityReveals.reviewedAt,
        })
        .from(identityReveals)
        .where(mine);
      if (!row?.reviewedAt) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "admin.oversight.reviewReveal",
          entityType: "identity",
          entityId: row.clientId,
        },
        ctx.now,
      );
      return { revealId: row.revealId, reviewedAt: row.reviewedAt };
    }),

  /** The latest stored verification of her organisation's chain (audit:verify or a manager's check). */
  lastVerification: organisationProcedure("manager", "admin")
    .input(z.void())
    .query(async ({ ctx }) => {
      const v = auditVerifications;
      const [row] = await ctx.db
        .select({
          verifiedAt: v.verifiedAt,
          source: v.source,
          ok: v.ok,
          events: v.events,
          pending: v.pending,
          brokenAtEventId: v.brokenAtEventId,
        })
        .from(v)
        .where(eq(v.organisationId, ctx.session.organisationId))
        .orderBy(desc(v.verifiedAt), desc(v.id))
        .limit(1);
      return row ?? null;
    }),
} satisfies TRPCRouterRecord;
