/** Where a woman's support stands. A closed case keeps its statistical facts (see closure reasons). */
export const CLIENT_STATUSES = ["intake", "active", "paused", "closed"] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
