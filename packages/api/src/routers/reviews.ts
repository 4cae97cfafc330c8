import {
  AccommodationSchema,
  DOMAIN_IDS,
  IsoDateSchema,
  LadderValueSchema,
  ReviewFeedbackSchema,
  SecondaryVictimisationEventsSchema,
} from "@gesim/core";
import { and, clients, desc, eq, plans, reviews, sql } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { insertAssessment } from "../queries/assessments.ts";
import { clientProcedure } from "../trpc.ts";
import type { PlanCtx } from "./plans/plan-row.ts";
import { applyReviewPlanUpdates, ReviewPlanUpdatesSchema } from "./plans/review-updates.ts";

export const REVIEW_SUMMARY_MAX_LENGTH = 4000;

const LadderValuesSchema = z
  .array(z.object({ domain: z.enum(DOMAIN_IDS), value: LadderValueSchema }))
  .min(1)
  .max(DOMAIN_IDS.length)
  .refine((readings) => new Set(readings.map((r) => r.domain)).size === readings.length, {
    error: "error.invalidInput",
  });

export const CreateReviewInputSchema = z.object({
  clientId: z.uuid(),
  reviewedOn: IsoDateSchema,
  /** Her own rating of her housing (indicator 4.2). */
  housingRatedSafe: AccommodationSchema.shape.ratedSafeByHer,
  summary: z.string().trim().max(REVIEW_SUMMARY_MAX_LENGTH),
  nextReviewDate: IsoDateSchema.nullable(),
  /** Action statuses (with barriers) and GAS levels agreed at the review, on the plan's version. */
  plan: ReviewPlanUpdatesSchema.optional(),
  /** Ladder readings taken at the review: a new ladder assessment version dated `reviewedOn`. */
  ladder: LadderValuesSchema.optional(),
  /** Secondary-victimisation events since the last review (indicator X3); null or absent: not asked. */
  secondaryVictimisationEvents: SecondaryVictimisationEventsSchema.optional(),
  /** Her feedback on the service, 1–5 per question or null when not asked (P10). */
  feedback: ReviewFeedbackSchema.optional(),
});

const ListInputSchema = z.object({
  clientId: z.uuid(),
  limit: z.number().int().min(1).max(100).default(20),
  cursor: z.object({ reviewedOn: IsoDateSchema, id: z.uuid() }).optional(),
});

const listColumns = {
  id: reviews.id,
  planId: reviews.planId,
  reviewedOn: reviews.reviewedOn,
  housingRatedSafe: reviews.housingRatedSafe,
  secondaryVictimisationEvents: reviews.secondaryVictimisationEvents,
  feltHeard: reviews.feltHeard,
  planFitsHer: reviews.planFitsHer,
  safeWithService: reviews.safeWithService,
  nextReviewDate: reviews.nextReviewDate,
  reviewedBy: reviews.reviewedBy,
};

function audit(ctx: PlanCtx, action: string, entityType: "client" | "review" | "assessment", entityId: string) {
  const { organisationId, userId } = ctx.session;
  return recordAudit(ctx.db, { organisationId, actorUserId: userId, action, entityType, entityId }, ctx.now);
}

/** The next review date is also the client's, so her caseload shows when she is due (bumps the client's version). */
async function setNextReviewDate(ctx: PlanCtx, clientId: string, nextReviewDate: string | null) {
  await ctx.db
    .update(clients)
    .set({ nextReviewDate, version: sql`${clients.version} + 1`, updatedAt: ctx.now })
    .where(and(eq(clients.id, clientId), eq(clients.organisationId, ctx.session.organisationId)));
}

export const reviewsRouter = {
  /** Her reviews, newest first, without the summaries. Caseworker and manager. */
  list: clientProcedure("caseworker", "manager")
    .input(ListInputSchema)
    .query(async ({ ctx, input }) => {
      const after = input.cursor;
      const rows = await ctx.db
        .select(listColumns)
        .from(reviews)
        .where(
          and(
            eq(reviews.organisationId, ctx.session.organisationId),
            eq(reviews.clientId, input.clientId),
            after ? sql`(${reviews.reviewedOn}, ${reviews.id}) < (${after.reviewedOn}, ${after.id})` : undefined,
          ),
        )
        .orderBy(desc(reviews.reviewedOn), desc(reviews.id))
        .limit(input.limit + 1);
      await audit(ctx, "reviews.list", "client", input.clientId);
      const items = rows.slice(0, input.limit);
      const last = items.at(-1);
      return {
        items,
        nextCursor: rows.length > input.limit && last ? { reviewedOn: last.reviewedOn, id: last.id } : null,
      };
    }),

  /** One review with its summary decrypted. Caseworker and manager. */
  get: clientProcedure("caseworker", "manager")
    .input(z.object({ clientId: z.uuid(), reviewId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select({ ...listColumns, summary: reviews.summary })
        .from(reviews)
        .where(
          and(
            eq(reviews.id, input.reviewId),
            eq(reviews.clientId, input.clientId),
            eq(reviews.organisationId, ctx.session.organisationId),
          ),
        );
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      await audit(ctx, "reviews.read", "review", row.id);
      return { ...row, summary: row.summary ? ctx.cipher.decrypt(row.summary) : "" };
    }),

  /**
   * Records a review in one transaction: the review (summary encrypted), her next review date,
   * action statuses and GAS levels on the plan's version, and new ladder readings. Caseworker
   * and manager.
   */
  create: clientProcedure("caseworker", "manager")
    .input(CreateReviewInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId } = ctx.session;
      const planVersion = input.plan
        ? await applyReviewPlanUpdates(ctx, input.clientId, input.plan, input.reviewedOn)
        : null;
      const [plan] = await ctx.db
        .select({ id: plans.id })
        .from(plans)
        .where(and(eq(plans.clientId, input.clientId), eq(plans.organisationId, organisationId)));
      const readings = input.ladder?.map((r) => ({ ...r, date: input.reviewedOn }));
      const ladder = readings
        ? await insertAssessment(ctx.db, ctx.cipher, {
            organisationId,
            clientId: input.clientId,
            kind: "ladder",
            assessedOn: input.reviewedOn,
            assessedBy: userId,
            content: { readings },
          })
        : null;
      const [row] = await ctx.db
        .insert(reviews)
        .values({
          organisationId,
          clientId: input.clientId,
          planId: plan?.id ?? null,
          reviewedOn: input.reviewedOn,
          housingRatedSafe: input.housingRatedSafe,
          secondaryVictimisationEvents: input.secondaryVictimisationEvents ?? null,
          feltHeard: input.feedback?.feltHeard ?? null,
          planFitsHer: input.feedback?.planFitsHer ?? null,
          safeWithService: input.feedback?.safeWithService ?? null,
          summary: ctx.cipher.encrypt(input.summary),
          nextReviewDate: input.nextReviewDate,
          reviewedBy: userId,
        })
        .returning({ id: reviews.id });
      if (!row) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
      await setNextReviewDate(ctx, input.clientId, input.nextReviewDate);
      await audit(ctx, "reviews.create", "review", row.id);
      if (ladder) await audit(ctx, "assessments.create.ladder", "assessment", ladder.id);
      return { id: row.id, planVersion, ladderVersion: ladder?.version ?? null };
    }),
} satisfies TRPCRouterRecord;
