/**
 * Her feedback at each review, short and structured (P10 survivor voice, domain.md §1.7 P10;
 * issue 21 "Survivor feedback"): did she feel heard, does the plan fit her, does she feel safe
 * with the service. Each is 1 (not at all) to 5 (fully), or not asked. No zod here: the browser
 * bundle imports these (browser.ts).
 */
export const FEEDBACK_QUESTIONS = ["feltHeard", "planFitsHer", "safeWithService"] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];
export const FEEDBACK_SCALE = [1, 2, 3, 4, 5] as const;

/**
 * Secondary-victimisation events since the last review: harm done to her by the response of
 * authorities or services (hostile questioning, disbelief, being treated as an offender;
 * indicator X3). At most this many per review.
 */
export const SECONDARY_VICTIMISATION_MAX = 50;
