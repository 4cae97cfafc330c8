import { ConsentSchema, consentState, IsoDateSchema, VersionSchema } from "@gesim/core";
import { and, asc, consents, eq, sql } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { consentRecipientColumns, narrativeReader } from "../crypto/narrative.ts";
import { organisationToday } from "../organisation-today.ts";
import { toConsentRecord } from "../queries/consents.ts";
import { clientProcedure } from "../trpc.ts";
import { CursorInputSchema, decodeCursor, pageOf } from "./pagination.ts";

/**
 * Her consents, per purpose and recipient (domain.md §7.2). They gate referrals, sharing and
 * statistics (core `checkConsent`, fed by queries/consents.ts). Withdrawing keeps the record.
 * Her caseworker, caseworkers she is shared with, and managers; every read and write is audited.
 */
export const consentsRouter = {
  /** Her consents, oldest first, each with where it stands today. */
  list: clientProcedure("caseworker", "manager")
    .input(
      z.object({
        clientId: z.uuid(),
        limit: z.int().min(1).max(100).default(50),
        cursor: CursorInputSchema.optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const after = input.cursor ? decodeCursor(input.cursor) : null;
      const rows = await ctx.db
        .select()
        .from(consents)
        .where(
          and(
            eq(consents.organisationId, organisationId),
            eq(consents.clientId, input.clientId),
            after ? sql`(${consents.givenOn}, ${consents.id}) > (${after.k}, ${after.i})` : undefined,
          ),
        )
        .orderBy(asc(consents.givenOn), asc(consents.id))
        .limit(input.limit + 1);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "consents.list",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      const records = rows
        .map((row) => toConsentRecord(row, narrativeReader(ctx.cipher)))
        .map((consent) => ({ ...consent, state: consentState(consent, organisationToday(ctx)) }));
      return pageOf(records, input.limit, (consent) => consent.givenOn);
    }),

  /** Records a consent she gave (core ConsentSchema: a recipient for referral and sharing consents). */
  create: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), consent: ConsentSchema }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const [created] = await ctx.db
        .insert(consents)
        .values({
          organisationId,
          clientId: input.clientId,
          ...input.consent,
          ...consentRecipientColumns(ctx.cipher, input.consent.recipient),
          recordedBy: userId,
        })
        .returning();
      if (!created) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
      await recordAudit(
        ctx.db,
        { organisationId, actorUserId: userId, action: "consent.create", entityType: "consent", entityId: created.id },
        ctx.now,
      );
      const record = toConsentRecord(created, narrativeReader(ctx.cipher));
      return { ...record, state: consentState(record, organisationToday(ctx)) };
    }),

  /** She withdraws a consent, today or on a given date; the record stays. Optimistic `version`. */
  withdraw: clientProcedure("caseworker", "manager")
    .input(
      z.object({
        clientId: z.uuid(),
        consentId: z.uuid(),
        version: VersionSchema,
        withdrawnOn: IsoDateSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const [row] = await ctx.db
        .select()
        .from(consents)
        .where(
          and(
            eq(consents.id, input.consentId),
            eq(consents.clientId, input.clientId),
            eq(consents.organisationId, organisationId),
          ),
        );
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      const current = toConsentRecord(row, narrativeReader(ctx.cipher));
      if (current.withdrawnOn !== undefined)
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "consent.error.alreadyWithdrawn" });
      const { id: _id, clientId: _client, version: _version, ...consent } = current;
      const checked = ConsentSchema.safeParse({ ...consent, withdrawnOn: input.withdrawnOn ?? organisationToday(ctx) });
      if (!checked.success)
        throw new TRPCError({ code: "BAD_REQUEST", message: checked.error.issues[0]?.message ?? "error.invalidInput" });
      const [updated] = await ctx.db
        .update(consents)
        .set({ withdrawnOn: checked.data.withdrawnOn, version: sql`${consents.version} + 1`, updatedAt: ctx.now })
        .where(
          and(
            eq(consents.id, row.id),
            eq(consents.organisationId, organisationId),
            eq(consents.version, input.version),
          ),
        )
        .returning();
      if (!updated) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "consent.withdraw",
          entityType: "consent",
          entityId: updated.id,
        },
        ctx.now,
      );
      const record = toConsentRecord(updated, narrativeReader(ctx.cipher));
      return { ...record, state: consentState(record, organisationToday(ctx)) };
    }),
} satisfies TRPCRouterRecord;
