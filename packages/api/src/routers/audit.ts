import { AUDIT_AREAS } from "@gesim/core";
import { and, auditEvents, auditVerifications, eq } from "@gesim/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit, verifyAuditChains } from "../audit/record-audit.ts";
import { clientEventsCondition, findAuditEvents } from "../queries/audit-log.ts";
import { CursorInputSchema, decodeCursor, pageOf } from "../queries/cursor.ts";
import { clientProcedure, organisationProcedure } from "../trpc.ts";

const IdCursorSchema = z.tuple([z.number().int().positive()]);

/** The organisation's audit trail: who did what to which record, never any content. */
export const auditRouter = {
  /** Managers: every event about one client (reads, writes, reveals, denials), newest first. */
  clientLog: clientProcedure("manager")
    .input(
      z.object({
        clientId: z.uuid(),
        limit: z.number().int().min(1).max(200).default(50),
        cursor: CursorInputSchema,
        /** Only what one member of staff did. */
        actorUserId: z.uuid().optional(),
        /** Only events about one kind of her records (AUDIT_AREAS). */
        area: z.enum(AUDIT_AREAS).optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const before = input.cursor ? decodeCursor(input.cursor, IdCursorSchema)[0] : null;
      const rows = await findAuditEvents(
        ctx.db,
        and(
          clientEventsCondition(organisationId, input.clientId),
          input.actorUserId ? eq(auditEvents.actorUserId, input.actorUserId) : undefined,
          input.area ? eq(auditEvents.entityType, input.area) : undefined,
        ),
        input.limit,
        before,
      );
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "audit.clientLog",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      return pageOf(rows, input.limit, (row) => [row.id]);
    }),

  /**
   * Recomputes the organisation's own hash chain (no other organisation's) up to its head, and
   * says whether it is whole and how many events still wait for the sealer (ADR 010). It takes
   * no lock: the sealer runs as the tables' owner and goes on meanwhile.
   */
  verify: organisationProcedure("manager", "admin")
    .input(z.void())
    .query(async ({ ctx }) => {
      const { organisationId, userId } = ctx.session;
      const [result] = await verifyAuditChains(ctx.db, { chain: organisationId });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "audit.verify",
          entityType: "organisation",
          entityId: organisationId,
        },
        ctx.now,
      );
      const verification = {
        ok: result?.ok ?? true,
        events: result?.events ?? 0,
        pending: result?.pending ?? 0,
        brokenAtEventId: result?.brokenAtEventId ?? null,
      };
      // Kept, so managers see when it was last checked and any break (admin.oversight.lastVerification).
      await ctx.db
        .insert(auditVerifications)
        .values({ organisationId, verifiedAt: ctx.now, source: "manager", ...verification });
      return verification;
    }),
} satisfies TRPCRouterRecord;
