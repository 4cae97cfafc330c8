import { CLIENT_STATUSES, canMoveClientStatus, VersionSchema } from "@gesim/core";
import { and, clients, type Database, eq, organisations, sql } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { clientProcedure, organisationProcedure } from "../../trpc.ts";
import { conflict, loadClientState } from "./client-records.ts";

/** Open statuses; closing (with reasons) is `clients.close`, reopening `clients.reopen`. */
const OPEN_STATUSES = CLIENT_STATUSES.filter((s) => s !== "closed") as ["intake", "active", "paused"];

/**
 * Moves a case between intake, active and paused along core's transitions (e.g. never back
 * to intake once support started; a closed case only by reopening). Her caseworker, caseworkers
 * she is shared with, and managers. Optimistic `version`.
 */
export const setClientStatus = clientProcedure("caseworker", "manager")
  .input(z.object({ clientId: z.uuid(), version: VersionSchema, status: z.enum(OPEN_STATUSES) }))
  .mutation(async ({ ctx, input }) => {
    const { organisationId, userId } = ctx.session;
    const current = await loadClientState(ctx.db, organisationId, input.clientId);
    if (!canMoveClientStatus(current.status, input.status))
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "clients.error.statusNotAllowed" });
    const [updated] = await ctx.db
      .update(clients)
      .set({ status: input.status, version: sql`${clients.version} + 1`, updatedAt: ctx.now })
      .where(
        and(
          eq(clients.id, input.clientId),
          eq(clients.organisationId, organisationId),
          eq(clients.version, input.version),
          eq(clients.status, current.status),
        ),
      )
      .returning({ id: clients.id, status: clients.status, version: clients.version });
    if (!updated) throw conflict();
    await recordAudit(
      ctx.db,
      { organisationId, actorUserId: userId, action: "client.status", entityType: "client", entityId: updated.id },
      ctx.now,
    );
    return updated;
  });

/** Whether closing a case needs a manager in the caller's organisation (on unless switched off). */
export async function closureNeedsManager(db: Database, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ closureNeedsManager: organisations.closureNeedsManager })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.closureNeedsManager ?? true;
}

/**
 * The organisation's closure rule (issue 16): read by everyone who works on cases, changed by
 * an administrator or a manager, audited. Only the caller's own organisation.
 */
export const closureSettingRouter = {
  get: organisationProcedure("caseworker", "manager", "admin")
    .input(z.void())
    .query(async ({ ctx }) => ({
      closureNeedsManager: await closureNeedsManager(ctx.db, ctx.session.organisationId),
    })),
  set: organisationProcedure("admin", "manager")
    .input(z.object({ closureNeedsManager: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const [row] = await ctx.db
        .update(organisations)
        .set({ closureNeedsManager: input.closureNeedsManager, updatedAt: ctx.now })
        .where(eq(organisations.id, organisationId))
        .returning({ closureNeedsManager: organisations.closureNeedsManager });
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "clients.closureSetting.set",
          entityType: "organisation",
          entityId: organisationId,
        },
        ctx.now,
      );
      return row;
    }),
} satisfies TRPCRouterRecord;
