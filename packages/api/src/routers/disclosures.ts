import { DisclosureSchema } from "@gesim/core";
import { and, asc, count, disclosures, eq } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { MAX_DISCLOSURES } from "../queries/plans.ts";
import { clientProcedure } from "../trpc.ts";

/**
 * Each time her data went to someone outside the organisation, and whether she consented
 * (domain.md §7.2 "Consent", indicator 9.4). The disclosure-consent check reads them: shared with
 * police, prosecution or immigration without her consent is a gap. Only the date, the kind of
 * recipient and the consent flag are kept: no names, no content. Her caseworker, caseworkers she
 * is shared with, and managers; every read and write is audited.
 */
export const disclosuresRouter = {
  list: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const rows = await ctx.db
        .select({
          id: disclosures.id,
          date: disclosures.disclosedOn,
          recipient: disclosures.recipient,
          hasConsent: disclosures.hasConsent,
        })
        .from(disclosures)
        .where(and(eq(disclosures.organisationId, organisationId), eq(disclosures.clientId, input.clientId)))
        .orderBy(asc(disclosures.disclosedOn), asc(disclosures.createdAt))
        .limit(MAX_DISCLOSURES);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "disclosures.list",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      return rows;
    }),

  /** Records a disclosure (core DisclosureSchema). At most MAX_DISCLOSURES per woman, as the checks read. */
  create: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), disclosure: DisclosureSchema }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const [existing] = await ctx.db
        .select({ n: count() })
        .from(disclosures)
        .where(and(eq(disclosures.organisationId, organisationId), eq(disclosures.clientId, input.clientId)));
      if ((existing?.n ?? 0) >= MAX_DISCLOSURES)
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "disclosures.error.tooMany" });
      const { date, recipient, hasConsent } = input.disclosure;
      const [created] = await ctx.db
        .insert(disclosures)
        .values({
          organisationId,
          clientId: input.clientId,
          disclosedOn: date,
          recipient,
          hasConsent,
          recordedBy: userId,
        })
        .returning({ id: disclosures.id });
      if (!created) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "disclosure.create",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      return { id: created.id, date, recipient, hasConsent };
    }),
} satisfies TRPCRouterRecord;
