import { date, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { organisations } from "./organisations.ts";

/**
 * One row per member of staff, organisation and day the daily digest went to her (issue 19):
 * claimed before sending, so a second run, a second process or a restart never sends twice.
 */
export const digestDeliveries = pgTable(
  "digest_deliveries",
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The organisation's calendar date the digest is for. */
    day: date({ mode: "string" }).notNull(),
    sentAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId, t.day] })],
);
