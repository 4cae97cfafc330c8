import {
  changeReferralStatus,
  findReferralConsent,
  IsoDateSchema,
  REFERRAL_STATUSES,
  VersionSchema,
} from "@gesim/core";
import { and, desc, eq, referrals, serviceProviders, sql } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { AuditedRefusal } from "../audit/audited-refusal.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { NARRATIVE_NOT_READ } from "../crypto/narrative.ts";
import { organisationToday } from "../organisation-today.ts";
import { findConsentsForClient } from "../queries/consents.ts";
import { CursorInputSchema, decodeCursor, pageOf } from "../queries/cursor.ts";
import { findProvider } from "../queries/providers.ts";
import { findClientAction, findReferral } from "../queries/referrals.ts";
import { clientProcedure } from "../trpc.ts";

const notFound = () => new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
const SentOnCursorSchema = z.tuple([IsoDateSchema, z.uuid()]);

const CreateReferralInputSchema = z
  .object({ clientId: z.uuid(), providerId: z.uuid().optional(), actionId: z.uuid().optional() })
  .refine((i) => i.providerId !== undefined || i.actionId !== undefined, {
    error: "error.invalidInput",
    path: ["providerId"],
  });

/** Referrals to the organisation's service directory: only with her consent for that provider. */
export const referralsRouter = {
  list: clientProcedure("caseworker", "manager")
    .input(
      z.object({
        clientId: z.uuid(),
        status: z.enum(REFERRAL_STATUSES).optional(),
        limit: z.number().int().min(1).max(100).default(50),
        cursor: CursorInputSchema,
      }),
    )
    .query(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const after = input.cursor ? decodeCursor(input.cursor, SentOnCursorSchema) : null;
      const r = referrals;
      const rows = await ctx.db
        .select({
          id: r.id,
          providerId: r.providerId,
          providerName: serviceProviders.name,
          actionId: r.actionId,
          status: r.status,
          sentOn: r.sentOn,
          decidedOn: r.decidedOn,
          version: r.version,
        })
        .from(r)
        .innerJoin(serviceProviders, eq(serviceProviders.id, r.providerId))
        .where(
          and(
            eq(r.organisationId, organisationId),
            eq(r.clientId, input.clientId),
            input.status ? eq(r.status, input.status) : undefined,
            after ? sql`(${r.sentOn}, ${r.id}) < (${after[0]}, ${after[1]})` : undefined,
          ),
        )
        .orderBy(desc(r.sentOn), desc(r.id))
        .limit(input.limit + 1);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "referrals.list",
          entityType: "client",
          entityId: input.clientId,
        },
        ctx.now,
      );
      return pageOf(rows, input.limit, (row) => [row.sentOn, row.id]);
    }),

  /**
   * Refers her to a provider of the directory, directly or from a plan action. Refused
   * (PRECONDITION_FAILED with the consent's message key, audited as denied) unless she has a
   * valid "service-referral" consent naming that provider; the consent used is kept.
   */
  create: clientProcedure("caseworker", "manager")
    .input(CreateReferralInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const action = input.actionId
        ? await findClientAction(ctx.db, organisationId, input.clientId, input.actionId)
        : null;
      if (input.actionId && !action) throw notFound();
      const providerId = input.providerId ?? action?.providerId;
      if (!providerId) throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput" });
      const provider = await findProvider(ctx.db, organisationId, providerId);
      if (!provider) throw notFound();
      if (!provider.isActive)
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "referral.providerInactive" });
      const today = organisationToday(ctx);
      const consent = findReferralConsent(
        // Referral consents name provider ids: named recipients need not be decrypted.
        await findConsentsForClient(ctx.db, organisationId, input.clientId, NARRATIVE_NOT_READ),
        providerId,
        today,
      );
      if (!consent.ok)
        throw new AuditedRefusal("PRECONDITION_FAILED", consent.reason, {
          entityType: "client",
          entityId: input.clientId,
        });
      const [row] = await ctx.db
        .insert(referrals)
        .values({
          organisationId,
          clientId: input.clientId,
          actionId: action?.id ?? null,
          providerId,
          consentId: consent.consentId,
          sentOn: today,
          createdBy: userId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: referrals.id, status: referrals.status, version: referrals.version });
      if (!row) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
      await recordAudit(
        ctx.db,
        { organisationId, actorUserId: userId, action: "referrals.create", entityType: "referral", entityId: row.id },
        ctx.now,
      );
      return { ...row, consentId: consent.consentId };
    }),

  /** Moves a referral on (core's changeReferralStatus decides which moves are allowed). */
  updateStatus: clientProcedure("caseworker", "manager")
    .input(
      z.object({
        clientId: z.uuid(),
        referralId: z.uuid(),
        status: z.enum(REFERRAL_STATUSES),
        version: VersionSchema,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const current = await findReferral(ctx.db, organisationId, input.clientId, input.referralId);
      if (!current) throw notFound();
      if (current.version !== input.version) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
      const change = changeReferralStatus(current.status, input.status);
      if (!change.ok) throw new TRPCError({ code: "PRECONDITION_FAILED", message: change.reason });
      const today = organisationToday(ctx);
      const r = referrals;
      const [row] = await ctx.db
        .update(r)
        .set({
          status: change.status,
          ...(change.isProviderDecision ? { decidedOn: today } : {}),
          version: sql`${r.version} + 1`,
          updatedAt: ctx.now,
        })
        .where(and(eq(r.id, input.referralId), eq(r.organisationId, organisationId), eq(r.version, input.version)))
        .returning({ id: r.id, status: r.status, version: r.version });
      if (!row) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "referrals.updateStatus",
          entityType: "referral",
          entityId: row.id,
        },
        ctx.now,
      );
      return row;
    }),
} satisfies TRPCRouterRecord;
