import { ClosureSchema, canClose, canCloseAs, canReopen, VersionSchema } from "@gesim/core";
import { and, clients, closures, eq, isNull, sql } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { organisationToday } from "../../organisation-today.ts";
import { clientProcedure } from "../../trpc.ts";
import { conflict, loadClientState } from "./client-records.ts";
import { closureNeedsManager } from "./client-status.ts";

export const CloseClientInputSchema = z.object({
  clientId: z.uuid(),
  version: VersionSchema,
  reasons: ClosureSchema.shape.reasons,
  /** Defaults to today. */
  closedOn: ClosureSchema.shape.date.optional(),
});

/**
 * Ends support: records why and when (indicator 1.5), sets the case closed and clears the next
 * review. Managers; her caseworker and caseworkers she is shared with only when the
 * organisation does not ask for a manager's confirmation (clients.closureSetting). Optimistic `version`.
 */
export const closeClient = clientProcedure("caseworker", "manager")
  .input(CloseClientInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { organisationId, userId } = ctx.session;
    const closedOn = input.closedOn ?? organisationToday(ctx);
    const current = await loadClientState(ctx.db, organisationId, input.clientId);
    if (!canClose(current.status))
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "clients.error.alreadyClosed" });
    if (!canCloseAs(ctx.session.role, await closureNeedsManager(ctx.db, organisationId)))
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "clients.error.closureNeedsManager" });
    const [updated] = await ctx.db
      .update(clients)
      .set({
        status: "closed",
        closedOn,
        nextReviewDate: null,
        version: sql`${clients.version} + 1`,
        updatedAt: ctx.now,
      })
      .where(
        and(
          eq(clients.id, input.clientId),
          eq(clients.organisationId, organisationId),
          eq(clients.version, input.version),
        ),
      )
      .returning({ id: clients.id, status: clients.status, closedOn: clients.closedOn, version: clients.version });
    if (!updated) throw conflict();
    // Closed, reopened and closed again on one day: that day's closure is the last word.
    await ctx.db
      .insert(closures)
      .values({ organisationId, clientId: updated.id, closedOn, reasons: input.reasons, closedBy: userId })
      .onConflictDoUpdate({
        target: [closures.clientId, closures.closedOn],
        set: { reasons: input.reasons, reopenedOn: null, closedBy: userId, updatedAt: ctx.now },
      });
    await recordAudit(
      ctx.db,
      { organisationId, actorUserId: userId, action: "client.close", entityType: "client", entityId: updated.id },
      ctx.now,
    );
    return updated;
  });

/** Reopens a closed case as active; the closure keeps its reasons and gets the reopening date. Same roles. */
export const reopenClient = clientProcedure("caseworker", "manager")
  .input(z.object({ clientId: z.uuid(), version: VersionSchema }))
  .mutation(async ({ ctx, input }) => {
    const { organisationId, userId } = ctx.session;
    const current = await loadClientState(ctx.db, organisationId, input.clientId);
    if (!canReopen(current.status))
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "clients.error.notClosed" });
    const [updated] = await ctx.db
      .update(clients)
      .set({ status: "active", closedOn: null, version: sql`${clients.version} + 1`, updatedAt: ctx.now })
      .where(
        and(
          eq(clients.id, input.clientId),
          eq(clients.organisationId, organisationId),
          eq(clients.version, input.version),
        ),
      )
      .returning({ id: clients.id, status: clients.status, version: clients.version });
    if (!updated) throw conflict();
    await ctx.db
      .update(closures)
      .set({ reopenedOn: organisationToday(ctx), updatedAt: ctx.now })
      .where(
        and(
          eq(closures.organisationId, organisationId),
          eq(closures.clientId, updated.id),
          isNull(closures.reopenedOn),
        ),
      );
    await recordAudit(
      ctx.db,
      { organisationId, actorUserId: userId, action: "client.reopen", entityType: "client", entityId: updated.id },
      ctx.now,
    );
    return updated;
  });
