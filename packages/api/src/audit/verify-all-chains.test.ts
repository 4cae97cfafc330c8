import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, type Database, organisations, sql } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigratedDb } from "../testing/test-support.ts";
import { recordAudit, sealPendingAuditEvents } from "./record-audit.ts";
import { formatChainReport, verifyAllChains } from "./verify-all-chains.ts";

const now = new Date("2026-11-23T10:00:00Z");

async function fillChains(db: Database): Promise<string> {
  const [org] = await db.insert(organisations).values({ name: "Chain NGO" }).returning();
  const orgId = org?.id ?? "";
  for (let i = 0; i < 4; i += 1)
    await recordAudit(
      db,
      { organisationId: orgId, actorUserId: null, action: "note.read", entityType: "note", entityId: `n-${i}` },
      now,
    );
  await recordAudit(db, { organisationId: null, actorUserId: null, action: "auth.login", outcome: "failed" }, now);
  return orgId;
}

let handle: TestDb;
let orgId = "";
beforeAll(async () => {
  handle = await createMigratedDb();
  orgId = await fillChains(handle.db);
  await sealPendingAuditEvents(handle.db);
});
afterAll(() => handle.close());

describe("verifyAllChains", () => {
  it("reports every chain whole, with counts and no personal data", async () => {
    const result = await verifyAllChains(handle.db);
    expect(result.ok).toBe(true);
    expect(result.chains.map((c) => [c.chain === orgId ? "org" : c.chain, c.events]).sort()).toEqual([
      ["org", 4],
      ["system", 1],
    ]);
    expect(formatChainReport(result).at(-1)).toBe("All 2 chains are whole.");
  });

  it("counts events not chained yet as pending, not as broken", async () => {
    await recordAudit(
      handle.db,
      { organisationId: orgId, actorUserId: null, action: "note.read", entityType: "note", entityId: "n-4" },
      now,
    );
    const result = await verifyAllChains(handle.db);
    expect(result.ok).toBe(true);
    expect(result.chains.find((c) => c.chain === orgId)).toMatchObject({ events: 4, pending: 1 });
    expect(formatChainReport(result).join("\n")).toContain("4 events, 1 pending, ok");
    await sealPendingAuditEvents(handle.db);
  });

  it("is not ok after tampering, naming the broken chain", async () => {
    await handle.db.execute(sql`update audit_events set entity_id = 'n-x' where entity_id = 'n-2'`);
    const result = await verifyAllChains(handle.db);
    expect(result.ok).toBe(false);
    expect(result.chains.find((c) => c.chain === orgId)?.ok).toBe(false);
    expect(formatChainReport(result).join("\n")).toContain("BROKEN");
  });
});

describe("npm run audit:verify", () => {
  it("exits non-zero on a tampered embedded database", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gesim-audit-"));
    const dataDir = join(dir, "pglite");
    try {
      const disk = await createDb({ dataDir });
      await disk.migrate();
      await fillChains(disk.db);
      await disk.close();
      const script = fileURLToPath(new URL("../scripts/audit-verify.ts", import.meta.url));
      const run = () =>
        spawnSync(process.execPath, ["--import", "tsx", script], {
          env: { ...process.env, DATABASE_URL: "", GESIM_DATA_DIR: dataDir },
          encoding: "utf8",
        });
      // The script chains the pending events first, then verifies every chain.
      const clean = run();
      expect(clean.status, clean.stderr).toBe(0);
      expect(clean.stdout).toContain("Chained 5 pending events.");
      const tamper = await createDb({ dataDir });
      await tamper.db.execute(sql`delete from audit_events where entity_id = 'n-1'`);
      await tamper.close();
      const tampered = run();
      expect(tampered.status).toBe(1);
      expect(tampered.stdout).toContain("tampered");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
