import { ClientFactsSchema, canClose, canMoveClientStatus, VersionSchema } from "@gesim/core";
import { and, clients, eq, sql } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { clientProcedure } from "../../trpc.ts";
import {
  assertFactsFit,
  conflict,
  factColumns,
  factsUnderOrganisationRules,
  loadClientState,
} from "./client-records.ts";

export const UpdateClientInputSchema = ClientFactsSchema.extend({
  clientId: z.uuid(),
  version: VersionSchema,
  /** Moving an open case between intake, active and paused; closing is `close`. */
  status: z.enum(["intake", "active", "paused"]).optional(),
});

/**
 * Replaces her profile facts (an absent optional fact is cleared). Her caseworker, caseworkers
 * she is shared with, and managers. Optimistic: a stale `version` is CONFLICT.
 */
export const updateClient = clientProcedure("caseworker", "manager")
  .input(UpdateClientInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { organisationId, userId } = ctx.session;
    assertFactsFit(input);
    const current = await loadClientState(ctx.db, organisationId, input.clientId);
    const facts = await factsUnderOrganisationRules(ctx.db, organisationId, input);
    if (input.status && !canClose(current.status))
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "clients.error.alreadyClosed" });
    if (input.status && input.status !== current.status && !canMoveClientStatus(current.status, input.status))
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "clients.error.statusNotAllowed" });
    const [updated] = await ctx.db
      .update(clients)
      .set({
        ...factColumns(facts, ctx.cipher),
        ...(input.status ? { status: input.status } : {}),
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
      .returning({ id: clients.id, status: clients.status, version: clients.version });
    if (!updated) throw conflict();
    await recordAudit(
      ctx.db,
      { organisationId, actorUserId: userId, action: "client.update", entityType: "client", entityId: updated.id },
      ctx.now,
    );
    return updated;
  });
