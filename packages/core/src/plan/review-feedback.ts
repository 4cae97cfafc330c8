import { z } from "zod";

import { SECONDARY_VICTIMISATION_MAX } from "./review-feedback-terms.ts";

/** Her feedback at each review (review-feedback-terms.ts): 1 to 5 per question, or null when not asked. */

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

/** Secondary-victimisation events since the last review (indicator X3); null when not asked. */
export const SecondaryVictimisationEventsSchema = z
  .int({ error: "plan.error.secondaryVictimisation" })
  .min(0, { error: "plan.error.secondaryVictimisation" })
  .max(SECONDARY_VICTIMISATION_MAX, { error: "plan.error.secondaryVictimisation" })
  .nullable();
