// The reviews page: her reviews, the plan items a review can update, and her ladder
// readings (first and latest) for the distance-travelled chart; and recording a review.
import type { createCaller } from "@gesim/api";
import {
  ACTION_STATUSES,
  BARRIER_REASONS,
  DOMAIN_IDS,
  type DomainId,
  FEEDBACK_QUESTIONS,
  GAS_LEVELS,
  getAction,
  IsoDateSchema,
  LadderReadingSchema,
  latestReadings,
  ReviewFeedbackSchema,
  SecondaryVictimisationEventsSchema,
} from "@gesim/core";
import { TRPCError } from "@trpc/server";
import { data, redirect } from "react-router";
import { rethrowAsResponse } from "../../../server/errors.server.ts";
import { flashCookie } from "../../../server/session-cookie.server.ts";
import { type FieldErrors, text, valuesOf } from "../plan/plan-forms.server.ts";

type Caller = ReturnType<typeof createCaller>;

function readingsOf(content: unknown) {
  const readings = (content as { readings?: unknown } | null)?.readings;
  return Array.isArray(readings)
    ? readings.flatMap((r) => (LadderReadingSchema.safeParse(r).success ? [LadderReadingSchema.parse(r)] : []))
    : [];
}

export async function loadReviewsPage(caller: Caller, clientId: string, reviewId: string | null, today: string) {
  try {
    const [reviews, bundle, ladders] = await Promise.all([
      caller.reviews.list({ clientId, limit: 50 }),
      caller.plans.get({ clientId }),
      caller.assessments.list({ clientId, kind: "ladder", limit: 100 }),
    ]);
    const opened =
      reviewId && reviews.items.some((r) => r.id === reviewId)
        ? await caller.reviews.get({ clientId, reviewId })
        : null;
    const versions = ladders.items.filter((a) => a.kind === "ladder").sort((a, b) => a.version - b.version);
    const before = latestReadings(readingsOf(versions[0]?.content));
    // Latest reading per domain from the later conversations (a review may ask about some areas only).
    const after = latestReadings(versions.slice(1).flatMap((v) => readingsOf(v.content)));
    const distance = DOMAIN_IDS.flatMap((domain) => {
      const from = before[domain]?.value;
      const to = versions.length > 1 ? after[domain]?.value : undefined;
      return from === undefined ? [] : [{ domain, before: from, after: to ?? null }];
    });
    return {
      reviews: reviews.items,
      opened: opened ? { id: opened.id, summary: opened.summary } : null,
      plan: bundle.plan ? { id: bundle.plan.id, version: bundle.plan.version } : null,
      goals: bundle.goals.map((g) => ({
        id: g.id,
        domain: g.domain,
        text: g.text,
        currentGasLevel: g.currentGasLevel,
      })),
      actions: bundle.actions
        .filter((a) => a.status !== "cancelled")
        .map((a) => ({
          id: a.id,
          domain: a.domain,
          labelKey: a.actionId ? (getAction(a.actionId)?.labelKey ?? null) : null,
          freeText: a.freeText ?? null,
          status: a.status,
          barrierReason: a.barrierReason ?? "",
          barrierNote: a.barrierNote ?? "",
        })),
      distance,
      ladderDates: {
        before: versions[0]?.assessedOn ?? null,
        after: versions.length > 1 ? (versions.at(-1)?.assessedOn ?? null) : null,
      },
      vocabulary: {
        domains: [...DOMAIN_IDS],
        actionStatuses: [...ACTION_STATUSES],
        barrierReasons: [...BARRIER_REASONS],
        gasLevels: [...GAS_LEVELS],
      },
      today,
    };
  } catch (error) {
    return rethrowAsResponse(error);
  }
}

const isStatus = (v: string): v is (typeof ACTION_STATUSES)[number] =>
  (ACTION_STATUSES as readonly string[]).includes(v);
const isBarrier = (v: string): v is (typeof BARRIER_REASONS)[number] =>
  (BARRIER_REASONS as readonly string[]).includes(v);

function reply(form: FormData, status: number, errors: FieldErrors, formError: string | null) {
  return data(
    {
      formKey: "review",
      values: valuesOf(form),
      errors,
      formError,
      isConflict: status === 409,
      nonce: `review-${Date.now()}`,
    },
    { status },
  );
}

/** A posted whole number, NaN for anything else (the schema names the mistake), null when empty. */
function count(form: FormData, name: string): number | null {
  const raw = text(form, name);
  if (!raw) return null;
  return /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
}

/** Her three ratings (1–5, empty = not asked); a mistake is named on its field. */
function feedbackFrom(form: FormData, errors: FieldErrors) {
  const posted = Object.fromEntries(FEEDBACK_QUESTIONS.map((q) => [q, count(form, q)]));
  const parsed = ReviewFeedbackSchema.safeParse(posted);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return undefined;
}

/** Harm done to her by authorities or services since the last review (X3); empty = not asked. */
function secondaryVictimisationFrom(form: FormData, errors: FieldErrors) {
  const parsed = SecondaryVictimisationEventsSchema.safeParse(count(form, "secondaryVictimisationEvents"));
  if (parsed.success) return parsed.data;
  errors.secondaryVictimisationEvents = parsed.error.issues[0]?.message ?? "plan.error.secondaryVictimisation";
  return undefined;
}

/** Parses the review form (only changed statuses and GAS levels are sent) and records it. */
export async function recordReview(caller: Caller, clientId: string, request: Request) {
  const form = await request.formData();
  const bundle = await caller.plans.get({ clientId }).catch(rethrowAsResponse);
  const errors: FieldErrors = {};
  const reviewedOn = text(form, "reviewedOn");
  if (!IsoDateSchema.safeParse(reviewedOn).success) errors.reviewedOn = "plan.error.invalidDate";
  const nextReviewDate = text(form, "nextReviewDate");
  if (nextReviewDate && !IsoDateSchema.safeParse(nextReviewDate).success)
    errors.nextReviewDate = "plan.error.invalidDate";
  const housing = (["yes", "no", "not-asked"] as const).find((v) => v === text(form, "housingRatedSafe"));
  if (!housing) errors.housingRatedSafe = "planReview.error.housing";
  const actionUpdates = bundle.actions.flatMap((a) => {
    const status = text(form, `status-${a.id}`);
    const barrier = text(form, `barrier-${a.id}`);
    const note = text(form, `barrierNote-${a.id}`).slice(0, 300);
    if (!isStatus(status)) return [];
    if (status === "blocked" && !isBarrier(barrier)) errors[`barrier-${a.id}`] = "plan.error.barrierRequired";
    const isBlocked = status === "blocked";
    const changed =
      status !== a.status || (isBlocked && (barrier !== (a.barrierReason ?? "") || note !== (a.barrierNote ?? "")));
    return changed
      ? [
          {
            actionId: a.id,
            status,
            barrierReason: isBlocked && isBarrier(barrier) ? barrier : undefined,
            barrierNote: isBlocked && note ? note : undefined,
          },
        ]
      : [];
  });
  const goalUpdates = bundle.goals.flatMap((g) => {
    const level = GAS_LEVELS.find((l) => String(l) === text(form, `gas-${g.id}`));
    return level !== undefined && level !== g.currentGasLevel ? [{ goalId: g.id, currentGasLevel: level }] : [];
  });
  const ladder = DOMAIN_IDS.flatMap((domain: DomainId) => {
    const raw = text(form, `ladder-${domain}`);
    if (!raw) return [];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 10) errors[`ladder-${domain}`] = "planReview.error.ladder";
    return [{ domain, value }];
  });
  const feedback = feedbackFrom(form, errors);
  const secondary = secondaryVictimisationFrom(form, errors);
  if (Object.keys(errors).length || !housing) return reply(form, 400, errors, null);
  const planId = text(form, "planId");
  const version = Number(text(form, "version"));
  const plan =
    planId && (actionUpdates.length || goalUpdates.length)
      ? { planId, version, actionUpdates, goalUpdates }
      : undefined;
  try {
    await caller.reviews.create({
      clientId,
      reviewedOn,
      housingRatedSafe: housing,
      summary: text(form, "summary").slice(0, 4000),
      nextReviewDate: nextReviewDate || null,
      plan,
      ladder: ladder.length ? ladder : undefined,
      feedback,
      secondaryVictimisationEvents: secondary,
    });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "CONFLICT") return reply(form, 409, {}, "planPage.conflict");
    if (error instanceof TRPCError && (error.code === "BAD_REQUEST" || error.code === "PRECONDITION_FAILED"))
      return reply(form, 400, {}, "planPage.error.invalid");
    throw error;
  }
  return redirect(`/clients/${clientId}/reviews`, {
    headers: { "set-cookie": flashCookie(request, clientId, "reviews:recorded") },
  });
}

export type ReviewsPageData = Awaited<ReturnType<typeof loadReviewsPage>>;
