import { randomBytes } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { createDb, type DbHandle } from "./client.ts";

export type TestDb = DbHandle & { url?: string };
export type TestDatabase = { url: string; drop(): Promise<void> };

/**
 * A database prepared once per test run (by a vitest globalSetup) that each test file copies
 * instead of migrating (and seeding) again: a dump of PGlite's data directory in a file, or a
 * PostgreSQL database used as `CREATE DATABASE … TEMPLATE`. Plain data, so it can be passed
 * to the test workers.
 */
export type TestTemplate = { kind: "pglite"; file: string } | { kind: "postgres"; serverUrl: string; name: string };

const testDatabaseName = (prefix: string) => `${prefix}_${randomBytes(6).toString("hex")}`;

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new database on the server of `serverUrl` (empty, or a copy of `template`); `drop` removes it again. */
export async function createTestDatabase(serverUrl: string, template?: string): Promise<TestDatabase> {
  const name = testDatabaseName(template ? "gesim_test_copy" : "gesim_test");
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(template ? `create database "${name}" template "${template}"` : `create database "${name}"`);
  return {
    url: databaseUrl(serverUrl, name),
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/**
 * A fresh, migrated database for one test file. Embedded PGlite in memory by default; when
 * DATABASE_URL is set, a new database on that server (dropped again by `close`), so the same
 * tests run against both. With a `template` (same kind), a copy of it: already migrated, and
 * holding whatever the template was prepared with.
 */
export async function createTestDb(
  databaseUrl: string | undefined = process.env.DATABASE_URL,
  template?: TestTemplate,
): Promise<TestDb> {
  if (!databaseUrl) {
    if (template && template.kind !== "pglite") throw new Error("a PostgreSQL template for an embedded test database");
    const loadDataDir = template ? new Blob([await readFile(template.file)]) : undefined;
    const handle = await createDb({ inMemory: true, loadDataDir });
    if (!template) await handle.migrate();
    return handle;
  }
  if (template && template.kind !== "postgres") throw new Error("an embedded template for a PostgreSQL test database");
  const database = await createTestDatabase(databaseUrl, template?.name);
  const handle = await createDb({ databaseUrl: database.url, maxConnections: 5 });
  if (!template) await handle.migrate();
  return {
    ...handle,
    url: database.url,
    async close() {
      await handle.close();
      await database.drop();
    },
  };
}

/**
 * Migrates a new database once, lets `prepare` fill it (a seed), and keeps it as a template for
 * `createTestDb`. `drop` removes it at the end of the run. A PostgreSQL template must have no
 * open connection when it is copied, so it is closed before it is handed out.
 */
export async function createTestTemplate(
  prepare: (handle: DbHandle) => Promise<void>,
  serverUrl: string | undefined = process.env.DATABASE_URL,
): Promise<{ template: TestTemplate; drop(): Promise<void> }> {
  if (!serverUrl) {
    const handle = await createDb({ inMemory: true });
    await handle.migrate();
    await prepare(handle);
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const file = join(tmpdir(), `${testDatabaseName("gesim-template")}.tar`);
    await writeFile(file, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
    await handle.close();
    return { template: { kind: "pglite", file }, drop: () => rm(file, { force: true }) };
  }
  const name = testDatabaseName("gesim_template");
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const handle = await createDb({ databaseUrl: databaseUrl(serverUrl, name), maxConnections: 2 });
  try {
    await handle.migrate();
    await prepare(handle);
  } finally {
    await handle.close();
  }
  return {
    template: { kind: "postgres", serverUrl, name },
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
