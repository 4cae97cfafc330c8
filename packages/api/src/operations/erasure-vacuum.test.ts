import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clients, eq, sql } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditAnchorFrom } from "../audit/anchor.ts";
import { createAuditSealer } from "../audit/audit-sealer.ts";
import { rowsOf } from "../queries/dashboard-sql.ts";
import { fillFreeText, MARKER } from "../testing/erasure-fixtures.ts";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { callerFor, createSeededDb, TEST_CIPHER } from "../testing/test-support.ts";
import { ERASURE_TABLES } from "./vacuum.ts";

// Issue 15, item 6: after an erasure her values must not be in a dump of the database, and on
// PostgreSQL the sealer's VACUUM after the erasure prunes her old row versions.

let handle: TestDb;
let ids: MatrixFixture;
let dir: string;
const PSEUDONYM = "ZQX-pseudonym-Amara";

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  dir = mkdtempSync(join(tmpdir(), "gesim-vacuum-"));
});
afterAll(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

function pgDumpAvailable(): boolean {
  try {
    execFileSync("pg_dump", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Every row of every table as text: pg_dump's data on PostgreSQL, the same rows read with SQL on PGlite. */
async function dumpText(): Promise<string> {
  if (handle.url && pgDumpAvailable())
    return execFileSync("pg_dump", ["--data-only", handle.url], { maxBuffer: 1 << 30 }).toString("utf8");
  const tables = await rowsOf<{ name: string }>(
    handle.db,
    sql`select tablename as name from pg_tables where schemaname = 'public'`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await rowsOf<{ row: string }>(
      handle.db,
      sql`select row_to_json(t)::text as row from ${sql.identifier(name)} t`,
    );
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join("\n");
}

/** The erasure tables' main files, read by the server (superuser only: PostgreSQL). */
async function tableFiles(): Promise<string> {
  await handle.db.execute(sql`checkpoint`);
  const parts: string[] = [];
  for (const table of ERASURE_TABLES) {
    const [file] = await rowsOf<{ bytes: string }>(
      handle.db,
      sql`select encode(pg_read_binary_file(pg_relation_filepath(${table})), 'escape') as bytes`,
    );
    parts.push(file?.bytes ?? "");
  }
  return parts.join("\n");
}

describe("after erasure, her values are gone from a dump and vacuumed from the tables", () => {
  it("erase through the API, let the sealer register it and vacuum, then dump", async () => {
    const { clientId } = ids.colleague;
    await handle.db.update(clients).set({ pseudonym: PSEUDONYM }).where(eq(clients.id, clientId));
    await fillFreeText(handle.db, TEST_CIPHER, ids.own.organisationId, clientId);
    const before = await dumpText();
    expect(before).toContain(MARKER); // the check can fail: her values are in the dump before
    expect(before).toContain(PSEUDONYM);

    const manager = await callerFor(handle, "manager@demo.test");
    const { version } = await manager.clients.close({
      clientId,
      version: (await manager.clients.get({ clientId })).version,
      reasons: ["her-choice"],
    });
    await manager.clients.erase({ clientId, version, reason: "her-request" });
    const vacuums: string[] = [];
    const sealer = createAuditSealer(handle.db, {
      sweepMs: 0,
      anchor: auditAnchorFrom({ key: Buffer.alloc(32, 3).toString("base64"), file: join(dir, "anchor.jsonl") }),
      onError: (error) => vacuums.push(String(error)),
    });
    await sealer.idle();
    await sealer.stop();
    expect(vacuums).toEqual([]);

    const after = await dumpText();
    expect(after).not.toContain(MARKER);
    expect(after).not.toContain(PSEUDONYM);

    if (handle.kind === "postgres") {
      // The sealer's plain VACUUM ran: the tables have no dead row versions left.
      const dead = await rowsOf<{ n: number }>(
        handle.db,
        sql`select coalesce(sum(n_dead_tup), 0)::int as n from pg_stat_user_tables where relname in ${sql.raw(`(${ERASURE_TABLES.map((t) => `'${t}'`).join(", ")})`)}`,
      );
      expect(dead[0]?.n).toBe(0);
      // Plain VACUUM frees the space but does not overwrite it: her bytes can stay in the files
      // until the space is reused (seen here on PostgreSQL 15). VACUUM FULL rewrites the files.
      await handle.db.execute(sql.raw(`VACUUM FULL ${ERASURE_TABLES.map((t) => `"${t}"`).join(", ")}`));
      const rewritten = await tableFiles();
      expect(rewritten).not.toContain(MARKER);
      expect(rewritten).not.toContain(PSEUDONYM);
    }
  });
});
