import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, isDatabaseReachable } from "./client.ts";
import { clients, organisations } from "./schema/index.ts";
import { createTestDb } from "./testing.ts";

describe("createTestDb", () => {
  it("uses the server named by DATABASE_URL, or PGlite without it", async () => {
    const handle = await createTestDb();
    try {
      expect(handle.kind).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
      expect(await isDatabaseReachable(handle.db)).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it("applies migrations: a client row can be written and read back", async () => {
    const handle = await createTestDb();
    try {
      const [org] = await handle.db.insert(organisations).values({ name: "Test NGO" }).returning();
      if (!org) throw new Error("no organisation");
      await handle.db
        .insert(clients)
        .values({ organisationId: org.id, pseudonym: "Aster-01", firstContactDate: "2026-01-15" });
      const rows = await handle.db.select().from(clients);
      expect(rows).toMatchObject([
        { pseudonym: "Aster-01", status: "intake", version: 1, firstContactDate: "2026-01-15" },
      ]);
    } finally {
      await handle.close();
    }
  });
});

describe("embedded PGlite on disk", () => {
  const parent = mkdtempSync(join(tmpdir(), "gesim-pglite-"));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it("creates missing parent folders and keeps data across restarts", async () => {
    const dataDir = join(parent, "nested", "pglite");
    const first = await createDb({ dataDir });
    await first.migrate();
    await first.db.insert(organisations).values({ name: "Persisted NGO" });
    await first.close();

    const second = await createDb({ dataDir });
    await second.migrate(); // idempotent
    const rows = await second.db.select({ name: organisations.name }).from(organisations);
    await second.close();
    expect(rows).toEqual([{ name: "Persisted NGO" }]);
  });
});
