import { sql } from "drizzle-orm";
import { boolean, check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { roleEnum } from "./role-enum.ts";

export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /**
     * The roles that must use two-step sign-in (TOTP), chosen by an administrator on the Staff
     * page (issue 17). Empty: two-step sign-in is each person's own choice.
     */
    totpRequiredRoles: roleEnum().array().notNull().default(sql`'{}'::role[]`),
    /** Small-cell threshold for anything that leaves the organisation; never below 5. */
    disclosureThreshold: integer().notNull().default(10),
    /** Released counts are rounded down to a multiple of this (it divides the threshold); null: the default for it. */
    disclosureRounding: integer(),
    /** IANA time zone: "today", deadlines and dates follow it, never the server's UTC. */
    timeZone: text().notNull().default("UTC"),
    /** ISO 3166 country code: country rules (reflection period, permits) are configuration. */
    country: text(),
    /** That country's rules as its administrator configured them (core CountryRulesSchema); empty: none. */
    countryRules: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Retention (issue 7): narrative notes and free text are deleted this many months after a case closes. */
    retainNotesMonths: integer().notNull().default(24),
    /** Retention: the identity vault of a closed case is deleted this many months after closure. */
    retainIdentityMonths: integer().notNull().default(36),
    /** The organisation's plan-check windows (core PlanCheckConfigSchema); empty means the defaults. */
    planCheckConfig: jsonb().$type<Record<string, number>>().notNull().default({}),
    /** Closing a case needs a manager (issue 16): a caseworker's closure is refused while this is on. */
    closureNeedsManager: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [
    // One organisation per name, whatever the case: staff choose between organisations by name
    // (invitations, the organisation switcher), so a copy could pass for another (attack review).
    uniqueIndex("organisations_name_key").on(sql`lower(${t.name})`),
    check("organisations_disclosure_threshold_min", sql`${t.disclosureThreshold} >= 5`),
    // A rounding that does not divide the threshold could release a count below it (core roundingProblem).
    check(
      "organisations_disclosure_rounding_divides",
      sql`${t.disclosureRounding} is null or (${t.disclosureRounding} >= 1 and ${t.disclosureThreshold} % ${t.disclosureRounding} = 0)`,
    ),
    check("organisations_retention_positive", sql`${t.retainNotesMonths} >= 1 and ${t.retainIdentityMonths} >= 1`),
  ],
);
