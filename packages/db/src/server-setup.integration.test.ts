// PostgreSQL server set-up (issue 15, items 11 and 12). Runs in the PostgreSQL pass
// (DATABASE_URL set); the embedded pass has no server, no roles and no second process.
// - Two migrations starting together on an empty database take turns under an advisory lock
//   (before it: duplicate key / relation exists, 3 of 3 trials).
// - The role set-up documented in docs/deploy.md works as written, with a role that has no
//   CREATEROLE and no ADMIN OPTION on gesim_app, and request code can then act as gesim_app.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./client.ts";
import { organisations } from "./schema/index.ts";
import { withTenant } from "./tenant.ts";
import { createTestDatabase, type TestDatabase } from "./testing.ts";

const serverUrl = process.env.DATABASE_URL;
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
});

describe.runIf(serverUrl)("on a PostgreSQL server", () => {
  it("applies migrations started together on an empty database once, without collisions", async () => {
    const database = await createTestDatabase(serverUrl as string);
    databases.push(database);
    const handles = await Promise.all([0, 1, 2].map(() => createDb({ databaseUrl: database.url, maxConnections: 2 })));
    try {
      await Promise.all(handles.map((handle) => handle.migrate()));
      const sql = postgres(database.url, { max: 1, onnotice: () => {} });
      const [row] = await sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
      await sql.end();
      const journal = (await import("../migrations/meta/_journal.json", { with: { type: "json" } })).default as {
        entries: unknown[];
      };
      expect(row?.n).toBe(journal.entries.length);
    } finally {
      for (const handle of handles) await handle.close();
    }
  });

  it("works with the documented role set-up (no CREATEROLE, gesim_app granted by an administrator)", async () => {
    const admin = postgres(serverUrl as string, { max: 1, onnotice: () => {} });
    const role = `gesim_owner_${randomBytes(4).toString("hex")}`;
    const password = randomBytes(12).toString("hex");
    const databaseName = `gesim_roles_${randomBytes(4).toString("hex")}`;
    try {
      // docs/deploy.md, "Database", step by step:
      await admin.unsafe(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gesim_app') THEN CREATE ROLE gesim_app NOLOGIN; END IF; END $$",
      );
      await admin.unsafe(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
      await admin.unsafe(`GRANT gesim_app TO ${role}`);
      await admin.unsafe(`CREATE DATABASE ${databaseName} OWNER ${role}`);

      const url = new URL(serverUrl as string);
      url.username = role;
      url.password = password;
      url.pathname = `/${databaseName}`;
      const handle = await createDb({ databaseUrl: url.toString(), maxConnections: 2 });
      try {
        await handle.migrate();
        const [org] = await handle.db.insert(organisations).values({ name: "Role Test NGO" }).returning();
        if (!org) throw new Error("no organisation");
        // Request code runs as gesim_app under row-level security.
        const seen = await withTenant(handle.db, org.id, (tx) => tx.select().from(organisations));
        expect(seen.map((o) => o.id)).toEqual([org.id]);
      } finally {
        await handle.close();
      }
    } finally {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await admin.unsafe(`DROP ROLE IF EXISTS ${role}`);
      await admin.end({ timeout: 5 });
    }
  });
});
