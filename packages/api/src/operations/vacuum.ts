import { type Database, sql } from "@gesim/db";

/**
 * The tables erasure and retention change (erase-client.ts): their old row versions (the
 * pseudonym, free text, old ciphertexts) stay in the table files as dead tuples until a vacuum.
 */
export const ERASURE_TABLES = [
  "clients",
  "client_shares",
  "client_identities",
  "identity_reveals",
  "notes",
  "documents",
  "plans",
  "goals",
  "actions",
  "reviews",
  "referrals",
  "consents",
  "assessments",
] as const;

/**
 * Runs plain `VACUUM` on the erasure tables after an erasure or a retention run has committed
 * (issue 15): dead row versions are pruned from their pages and index entries to them removed,
 * without blocking readers or writers. It cannot run inside a transaction, nor without owning
 * the tables; then it does nothing and says so (false): autovacuum will get there later.
 * `VACUUM FULL` (rewrites the files, takes an exclusive lock) is for operators (docs/deploy.md).
 */
export async function vacuumErasureTables(db: Database): Promise<boolean> {
  try {
    await db.execute(sql.raw(`VACUUM ${ERASURE_TABLES.map((t) => `"${t}"`).join(", ")}`));
    return true;
  } catch {
    return false;
  }
}
