import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
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
