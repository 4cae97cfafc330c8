import type { Period } from "@gesim/core";
import { clients, closures, type Database, type SQL, sql } from "@gesim/db";
import type { DashboardFilters } from "../routers/dashboard/inputs.ts";
import { filterConditions } from "./dashboard-population.ts";

/**
 * Shared pieces of the dashboard's SQL indicators (issue 6: aggregates pushed to PostgreSQL).
 * `population` is the CTE pair every query starts from, with the same definitions as core's
 * case records (queries/case-records.ts, indicators/compute-indicators.ts):
 * - `base`: the clients `loadCaseRecords` loads for the period (first contact ≤ to, not closed
 *   before from) with her closure date (the client's, else her latest closure not reopened)
 *   and that closure's first reason;
 * - `active`: core `activeIn` over `base` (closure date, not only the client's, ≥ from).
 * Order statistics are `percentile_disc` (nearest rank, core statistics.ts), never
 * `percentile_cont`, so SQL and core give the same median and p90.
 */
export type Distribution = { n: number; median: number | null; p90: number | null };

export function population(organisationId: string, filters: DashboardFilters, period: Period): SQL {
  const where = sql.join(filterConditions(organisationId, filters), sql` and `);
  const lastClosure = sql`from ${closures} cl where cl.client_id = ${clients.id} and cl.organisation_id = ${clients.organisationId} and cl.reopened_on is null order by cl.closed_on desc limit 1`;
  return sql`with base as (
    select ${clients.id} as id, ${clients.caseworkerId} as caseworker_id, ${clients.firstContactDate} as first_contact_date,
      coalesce(${clients.closedOn}, (select cl.closed_on ${lastClosure})) as closure_date,
      (select cl.reasons[1]::text ${lastClosure}) as closure_reason
    from ${clients}
    where ${where} and ${clients.firstContactDate} <= ${period.to}::date and (${clients.closedOn} is null or ${clients.closedOn} >= ${period.from}::date)
  ), active as (
    select * from base where closure_date is null or closure_date >= ${period.from}::date
  )`;
}

/** `n`, median and p90 of a numeric column `x` (aggregate expressions for a select list). */
export function distributionColumns(x: SQL): SQL {
  return sql`count(${x})::int as n,
    (percentile_disc(0.5) within group (order by ${x}))::float8 as median,
    (percentile_disc(0.9) within group (order by ${x}))::float8 as p90`;
}

/** Rows of a raw query, whichever driver is underneath (PGlite returns `{ rows }`, postgres-js an array). */
export async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return ((result as { rows?: unknown }).rows ?? result) as T[];
}

export function toDistribution(
  row: { n: number; median: number | null; p90: number | null } | undefined,
): Distribution {
  return { n: Number(row?.n ?? 0), median: row?.median ?? null, p90: row?.p90 ?? null };
}
