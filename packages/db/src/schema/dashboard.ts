import { date, doublePrecision, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns.ts";

/**
 * The principle scorecard's trend (issue 6, ADR 008): per organisation, month and principle,
 * how many active clients' plans met, partly met or missed it when the scorecard was last
 * computed in that month. Counts only: no client ids, so the trend keeps nothing about a woman.
 */
export const coverageSnapshots = pgTable(
  "coverage_snapshots",
  {
    ...tenantColumns(),
    /** "YYYY-MM". */
    month: text().notNull(),
    /** Core principle id ("principle-01" … "principle-11"). */
    principle: text().notNull(),
    met: integer().notNull(),
    partly: integer().notNull(),
    notMet: integer().notNull(),
    notApplicable: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.month, t.principle] })],
);

/**
 * The headline programme figures of each month (issue 18, core `SNAPSHOT_FIGURES`): per
 * organisation, month and figure, the value as of `asOf` (today for the month under way, the
 * month's last day for a back-filled one). `value` null: not recorded (the record does not
 * date what it needs for that month). `source`: "live" or "reconstructed" (back-filled).
 * Counts, medians and shares only: nothing about a woman.
 */
export const indicatorSnapshots = pgTable(
  "indicator_snapshots",
  {
    ...tenantColumns(),
    /** "YYYY-MM". */
    month: text().notNull(),
    /** Core snapshot figure id ("women", "first-service-median-days", …). */
    figure: text().notNull(),
    value: doublePrecision(),
    source: text({ enum: ["live", "reconstructed"] }).notNull(),
    asOf: date({ mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.month, t.figure] })],
);
