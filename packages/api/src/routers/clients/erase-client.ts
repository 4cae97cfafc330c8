import { ERASURE_REASONS, FULL_ERASURE, VersionSchema } from "@gesim/core";
import { and, clients, eq, sql } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { eraseClientRecord } from "../../operations/erase-client.ts";
import { clientProcedure } from "../../trpc.ts";
import { conflict, loadClientState } from "./client-records.ts";

export const EraseClientInputSchema = z.object({
  clientId: z.uuid(),
  version: VersionSchema,
  reason: z.enum(ERASURE_REASONS),
});

/**
 * Erasure on request (issue 7): removes her identity vault, notes, every free-text field and
 * the shares, replaces the pseudonym, and marks the record erased; the pseudonymised
 * statistical facts stay. The same code path as the retention job. Managers only, on a closed
 * case, with the `version` they saw. The audit event names only the reason category.
 */
export const eraseClient = clientProcedure("manager")
  .input(EraseClientInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { organisationId, userId } = ctx.session;
    const current = await loadClientState(ctx.db, organisationId, input.clientId);
    if (current.status !== "closed")
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "erasure.error.notClosed" });
    const [locked] = await ctx.db
      .update(clients)
      .set({ version: sql`${clients.version} + 1`, updatedAt: ctx.now })
      .where(
        and(
          eq(clients.id, input.clientId),
          eq(clients.organisationId, organisationId),
          eq(clients.version, input.version),
        ),
      )
      .returning({ version: clients.version });
    if (!locked) throw conflict();
    await eraseClientRecord(ctx.db, { organisationId, clientId: input.clientId }, FULL_ERASURE, ctx.now);
    await recordAudit(
      ctx.db,
      {
        organisationId,
        actorUserId: userId,
        action: `client.erase:${input.reason}`,
        entityType: "client",
        entityId: input.clientId,
      },
      ctx.now,
    );
    return { id: input.clientId, erasedAt: ctx.now, version: locked.version };
  });
