import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { DEFAULT_DATA_DIR, MIGRATIONS_DIR } from "./locations.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath. Queries take this. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = "pglite" | "postgres";

export type DbHandle = {
  db: Database;
  kind: DbKind;
  /** Applies committed migrations that have not run yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export type DbOptions = {
  /** A PostgreSQL connection string; when present the `postgres` driver is used. */
  databaseUrl?: string | undefined;
  /** Where embedded PGlite keeps its files (default `<repo>/.data/pglite`). */
  dataDir?: string | undefined;
  /** Embedded and in memory only: for tests. */
  inMemory?: boolean;
  /** In memory only: start from this dump of a data directory (a test template) instead of an empty one. */
  loadDataDir?: Blob | undefined;
  /** Pool size for the `postgres` driver. */
  maxConnections?: number;
};

/** Reads the database settings from an environment (DATABASE_URL, GESIM_DATA_DIR). */
export function dbOptionsFromEnv(env: Record<string, string | undefined>): DbOptions {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.GESIM_DATA_DIR || undefined };
}

const drizzleConfig = { schema, casing: "snake_case" } as const;

/** The advisory lock key that serialises migrations on one PostgreSQL server (any fixed number unused elsewhere). */
export const MIGRATION_LOCK_KEY = 4_734_553_917;

/**
 * Applies the migrations on one connection that holds a PostgreSQL advisory lock for the
 * duration, so two servers (or a server and `npm run db:migrate`) starting together on an empty
 * database take turns: the second finds everything applied (issue 15, item 11).
 */
async function migrateUnderLock(databaseUrl: string): Promise<void> {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres({ client, ...drizzleConfig }), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    // Closing the connection releases the lock too; unlocking first keeps the order explicit.
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    await client.end({ timeout: 5 });
  }
}

/**
 * Opens the product's database: a real PostgreSQL server when a URL is given, otherwise an
 * embedded PGlite database persisted on disk (or in memory for tests).
 */
export async function createDb(options: DbOptions = {}): Promise<DbHandle> {
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, { max: options.maxConnections ?? 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, ...drizzleConfig });
    return {
      db,
      kind: "postgres",
      migrate: () => migrateUnderLock(options.databaseUrl as string),
      close: () => client.end({ timeout: 5 }),
    };
  }
  let client: PGlite;
  if (options.inMemory) {
    client = options.loadDataDir ? new PGlite({ loadDataDir: options.loadDataDir }) : new PGlite();
  } else {
    const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
    mkdirSync(dataDir, { recursive: true }); // PGlite does not create parent folders
    client = new PGlite(dataDir);
  }
  await client.waitReady;
  const db = drizzlePglite({ client, ...drizzleConfig });
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => client.close(),
  };
}

/** True when the database answers a trivial query. */
export async function isDatabaseReachable(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
