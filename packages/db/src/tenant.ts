import { sql } from "drizzle-orm";
import type { Database } from "./client.ts";

/** The database role request code runs as; row-level security policies apply to it. */
export const APP_ROLE = "gesim_app";

/**
 * Runs `work` in a transaction confined to one organisation: as role gesim_app with
 * `gesim.organisation_id` set, so PostgreSQL's row-level security hides every other
 * organisation's rows even if a query forgets its filter. Both settings end with the
 * transaction.
 */
export function withTenant<T>(db: Database, organisationId: string, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('gesim.organisation_id', ${organisationId}, true), set_config('role', ${APP_ROLE}, true)`,
    );
    return work(tx);
  });
}

/**
 * Inside a tenant transaction, runs `work` confined to another organisation (a savepoint with
 * that organisation's setting), then confines the transaction to `returnTo` again. For funder
 * aggregates across a relationship's organisations: each organisation's rows are read under
 * its own row-level security, never by bypassing it.
 */
export async function withinOrganisation<T>(
  tx: Database,
  organisationId: string,
  returnTo: string,
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  try {
    return await withTenant(tx, organisationId, work);
  } finally {
    await tx.execute(sql`select set_config('gesim.organisation_id', ${returnTo}, true)`);
  }
}
