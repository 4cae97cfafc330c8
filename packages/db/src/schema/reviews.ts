import { CLOSURE_REASONS } from "@gesim/core";
import { date, index, pgEnum, pgTable, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { clients } from "./clients.ts";
import { tenantColumns } from "./columns.ts";
import { plans } from "./plans.ts";

export const closureReasonEnum = pgEnum("closure_reason", CLOSURE_REASONS);

/** A periodic plan review with her: what changed, her feedback, the next review date. */
export const reviews = pgTable(
  "reviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    planId: uuid().references(() => plans.id, { onDelete: "set null" }),
    reviewedOn: date({ mode: "string" }).notNull(),
    /** Her own rating of her housing (indicator 4.2): yes / no / not-asked. */
    housingRatedSafe: text(),
    /**
     * Secondary-victimisation events since the last review (hostile questioning, being treated
     * as an offender; indicator X3); null when not asked at this review.
     */
    secondaryVictimisationEvents: smallint(),
    /** Her feedback at the review, 1–5 each, null when not asked (P10 survivor voice, issue 21). */
    feltHeard: smallint(),
    planFitsHer: smallint(),
    safeWithService: smallint(),
    /** Encrypted free text (api/src/crypto). */
    summary: text(),
    nextReviewDate: date({ mode: "string" }),
    reviewedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.organisationId, t.clientId, t.reviewedOn)],
);

/** Why and when support ended (indicator 1.5); the client row keeps status `closed`. */
export const closures = pgTable(
  "closures",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    closedOn: date({ mode: "string" }).notNull(),
    reasons: closureReasonEnum().array().notNull(),
    reopenedOn: date({ mode: "string" }),
    closedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    /** A follow-up contact after closure, with her consent ("follow-up-contact"); shown in "My work" when due. */
    followUpOn: date({ mode: "string" }),
    /** When the follow-up contact was made (or she declined it then). */
    followUpDoneOn: date({ mode: "string" }),
  },
  (t) => [
    index().on(t.organisationId, t.closedOn),
    uniqueIndex("closures_client_closed_on_key").on(t.clientId, t.closedOn),
  ],
);
