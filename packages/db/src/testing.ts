import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type DbHandle } from "./client.ts";

export type TestDb = DbHandle & { url?: string };
export type TestDatabase = { url: string; drop(): Promise<void> };

/** A new, empty database on the server of `serverUrl`; `drop` removes it again. */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `gesim_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/**
 * A fresh, migrated database for one test file. Embedded PGlite in memory by default; when
 * DATABASE_URL is set, a new database on that server (dropped again by `close`), so the same
 * tests run against both.
 */
export async function createTestDb(databaseUrl: string | undefined = process.env.DATABASE_URL): Promise<TestDb> {
  if (!databaseUrl) {
    const handle = await createDb({ inMemory: true });
    await handle.migrate();
    return handle;
  }
  const database = await createTestDatabase(databaseUrl);
  const handle = await createDb({ databaseUrl: database.url, maxConnections: 5 });
  await handle.migrate();
  return {
    ...handle,
    url: database.url,
    async close() {
      await handle.close();
      await database.drop();
    },
  };
}
