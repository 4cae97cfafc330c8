import { z } from "zod";

/**
 * Her feedback at each review, short and structured (P10 survivor voice, domain.md §1.7 P10;
 * issue 21 "Survivor feedback"): did she feel heard, does the plan fit her, does she feel safe
 * with the service. Each is 1 (not at all) to 5 (fully), or not asked (null).
 */
export const FEEDBACK_QUESTIONS = ["feltHeard", "planFitsHer", "safeWithService"] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];
export const FEEDBACK_SCALE = [1, 2, 3, 4, 5] as const;

const RatingSchema = z
  .int()
  .min(1, { error: "plan.error.feedbackRating" })
  .max(5, { error: "plan.error.feedbackRating" })
  .nullable();

export const ReviewFeedbackSchema = z.object({
  feltHeard: RatingSchema,
  planFitsHer: RatingSchema,
  safeWithService: RatingSchema,
});
export type ReviewFeedback = z.infer<typeof ReviewFeedbackSchema>;

/**
 * Secondary-victimisation events since the last review: harm done to her by the response of
 * authorities or services (hostile questioning, disbelief, being treated as an offender;
 * indicator X3). Null when not asked; a count otherwise, bounded to what a smallint column holds
 * sensibly.
 */
export const SECONDARY_VICTIMISATION_MAX = 50;
export const SecondaryVictimisationEventsSchema = z
  .int({ error: "plan.error.secondaryVictimisation" })
  .min(0, { error: "plan.error.secondaryVictimisation" })
  .max(SECONDARY_VICTIMISATION_MAX, { error: "plan.error.secondaryVictimisation" })
  .nullable();
