import { canManageSharing, type ShareTargetProblem, shareTargetProblem, VersionSchema } from "@gesim/core";
import { and, clientShares, clients, type Database, eq, sql } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { type AuditEvent, recordAudit } from "../../audit/record-audit.ts";
import type { SessionUser } from "../../auth/sessions.ts";
import { clientProcedure } from "../../trpc.ts";
import { conflict, findMember, loadClientState } from "./client-records.ts";

const ShareInputSchema = z.object({ clientId: z.uuid(), userId: z.uuid() });

/** A user outside the organisation does not exist for the caller; anyone else unsuitable is bad input. */
function refuseTarget(problem: ShareTargetProblem): never {
  if (problem === "not-found") throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
  const message =
    problem === "not-a-caseworker" ? "clients.error.notACaseworker" : "clients.error.alreadyHerCaseworker";
  throw new TRPCError({ code: "BAD_REQUEST", message });
}

/** Loads the client and checks the caller decides on her sharing (a manager, or her own caseworker). */
async function loadForSharing(ctx: { db: Database; session: SessionUser }, clientId: string) {
  const client = await loadClientState(ctx.db, ctx.session.organisationId, clientId);
  if (!canManageSharing(ctx.session, client)) throw new TRPCError({ code: "FORBIDDEN", message: "error.forbidden" });
  return client;
}

/** The client is audited, and the user given or losing access as a second event. */
function shareEvents(
  session: { organisationId: string; userId: string },
  action: string,
  clientId: string,
  targetUserId: string,
): AuditEvent[] {
  const base = { organisationId: session.organisationId, actorUserId: session.userId, action };
  return [
    { ...base, entityType: "client", entityId: clientId },
    { ...base, entityType: "user", entityId: targetUserId },
  ];
}

/**
 * Shares a client with another caseworker of the same organisation. A manager, or the client's
 * own caseworker (not a colleague she is shared with).
 */
export const shareClient = clientProcedure("caseworker", "manager")
  .input(ShareInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { organisationId, userId } = ctx.session;
    const client = await loadForSharing(ctx, input.clientId);
    const problem = shareTargetProblem(await findMember(ctx.db, organisationId, input.userId), client);
    if (problem) refuseTarget(problem);
    await ctx.db
      .insert(clientShares)
      .values({ organisationId, clientId: client.id, userId: input.userId, sharedBy: userId })
      .onConflictDoNothing();
    for (const event of shareEvents(ctx.session, "client.share", client.id, input.userId))
      await recordAudit(ctx.db, event, ctx.now);
    return { ok: true as const };
  });

/** Stops sharing; the same people as `share`. Removing a share that does not exist is not an error. */
export const unshareClient = clientProcedure("caseworker", "manager")
  .input(ShareInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { organisationId } = ctx.session;
    const client = await loadForSharing(ctx, input.clientId);
    const removed = await ctx.db
      .delete(clientShares)
      .where(
        and(
          eq(clientShares.organisationId, organisationId),
          eq(clientShares.clientId, client.id),
          eq(clientShares.userId, input.userId),
        ),
      )
      .returning({ userId: clientShares.userId });
    for (const event of shareEvents(ctx.session, "client.unshare", client.id, input.userId))
      await recordAudit(ctx.db, event, ctx.now);
    return { removed: removed.length > 0 };
  });

/** Makes another caseworker of the organisation responsible for her. Managers only; optimistic `version`. */
export const assignClient = clientProcedure("manager")
  .input(z.object({ clientId: z.uuid(), caseworkerId: z.uuid(), version: VersionSchema }))
  .mutation(async ({ ctx, input }) => {
    const { organisationId } = ctx.session;
    const client = await loadClientState(ctx.db, organisationId, input.clientId);
    const problem = shareTargetProblem(await findMember(ctx.db, organisationId, input.caseworkerId), client);
    if (problem) refuseTarget(problem);
    const [updated] = await ctx.db
      .update(clients)
      .set({
        caseworkerId: input.caseworkerId,
        // A replacement of her caseworker counts for continuity (indicator 9.2); a first assignment does not.
        ...(client.caseworkerId === null ? {} : { caseworkerChanges: sql`${clients.caseworkerChanges} + 1` }),
        version: sql`${clients.version} + 1`,
        updatedAt: ctx.now,
      })
      .where(
        and(eq(clients.id, client.id), eq(clients.organisationId, organisationId), eq(clients.version, input.version)),
      )
      .returning({ id: clients.id, caseworkerId: clients.caseworkerId, version: clients.version });
    if (!updated) throw conflict();
    // She is now responsible; a share with her would only be a duplicate.
    await ctx.db
      .delete(clientShares)
      .where(
        and(
          eq(clientShares.organisationId, organisationId),
          eq(clientShares.clientId, client.id),
          eq(clientShares.userId, input.caseworkerId),
        ),
      );
    for (const event of shareEvents(ctx.session, "client.assign", client.id, input.caseworkerId))
      await recordAudit(ctx.db, event, ctx.now);
    return updated;
  });
