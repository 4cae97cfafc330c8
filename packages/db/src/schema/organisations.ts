import { boolean, check, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** Managers and admins must use a second factor (TOTP) when this is on. */
    requireTotpForStaff: boolean().notNull().default(false),
    /** Small-cell threshold for anything that leaves the organisation; never below 5. */
    disclosureThreshold: integer().notNull().default(10),
    /** ISO 3166 country code: country rules (reflection period, permits) are configuration. */
    country: text(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [check("organisations_disclosure_threshold_min", sql`${t.disclosureThreshold} >= 5`)],
);
