// The operations scripts as an operator runs them (issue 15, items 9 and 13): every script answers
// --help; restore checks the file, its header and the secret BEFORE it opens (and so creates or
// migrates) the target, and every refusal is one line without a stack trace; one passphrase rule.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { count, createDb, goals, indicatorSnapshots, isNotNull, sql } from "@gesim/db";
import { afterAll, describe, expect, it } from "vitest";
import { createFieldCipher, parseKey } from "../crypto/field-cipher.ts";
import { readEmbeddedKey } from "../crypto/load-cipher.ts";
import { seedDemoIfEmpty } from "../demo/seed-demo.ts";
import { type BackupContent, encryptBackup } from "../operations/backup.ts";
import { MIN_PASSPHRASE_LENGTH } from "../operations/backup-secret.ts";
import { TODAY } from "../testing/test-support.ts";

const SCRIPTS_DIR = dirname(fileURLToPath(import.meta.url));
const SCRIPTS = readdirSync(SCRIPTS_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
const work = mkdtempSync(join(tmpdir(), "gesim-scripts-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PASSPHRASE = "a long enough passphrase";
const EMPTY: BackupContent = {
  manifest: { format: "gesim-backup", version: 1, createdAt: "2026-01-01T00:00:00.000Z", scope: "all", tables: [] },
  data: {},
};

/** Runs a script with tsx and a clean environment (no terminal: standard input is a pipe). */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(SCRIPTS_DIR, script), ...args], {
    cwd: join(SCRIPTS_DIR, "..", ".."),
    env: { PATH: process.env.PATH ?? "", HOME: work, INIT_CWD: work, ...env },
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
    input: "",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function expectOneLine(stderr: string, pattern: RegExp) {
  expect(stderr).toMatch(pattern);
  expect(stderr.split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("every operations script", () => {
  it.each(SCRIPTS)("%s answers --help and exits 0 without touching a database", (script) => {
    const dataDir = join(work, `help-${script}`);
    const result = run(script, ["--help"], { GESIM_DATA_DIR: dataDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run /);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("refuses an unknown option with one line and exit code 2", () => {
    const result = run("audit-verify.ts", ["--bogus"]);
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /bogus/);
  });
});

describe("restore checks the file before the target", () => {
  const target = join(work, "target", "pglite");
  const backupFile = join(work, "good.backup");
  writeFileSync(backupFile, encryptBackup(EMPTY, { passphrase: PASSPHRASE }));

  it("refuses a missing file in one line and creates no database", () => {
    const result = run("restore.ts", [join(work, "missing.backup")], {
      GESIM_DATA_DIR: target,
      GESIM_BACKUP_PASSPHRASE: PASSPHRASE,
    });
    expect(result.code).toBe(1);
    expectOneLine(result.stderr, /Restore refused: there is no file/);
    expect(existsSync(target)).toBe(false);
  });

  it.each([
    ["the magic", 2],
    ["the header length", 10],
    ["the header", 14],
  ])("refuses a flipped byte in %s in one line and creates no database", (_part, offset) => {
    const bytes = encryptBackup(EMPTY, { passphrase: PASSPHRASE });
    bytes[offset] = (bytes[offset] ?? 0) ^ 0x5a;
    const file = join(work, `flipped-${offset}.backup`);
    writeFileSync(file, bytes);
    const result = run("restore.ts", [file], { GESIM_DATA_DIR: target, GESIM_BACKUP_PASSPHRASE: PASSPHRASE });
    expect(result.code).toBe(1);
    expectOneLine(
      result.stderr,
      /Restore refused: (not a GeSIM Planner backup|the backup file is damaged|the backup could not be decrypted)/,
    );
    expect(existsSync(target)).toBe(false);
  });

  it("refuses without a secret and without a terminal in one line", () => {
    const result = run("restore.ts", [backupFile], { GESIM_DATA_DIR: target });
    expect(result.code).toBe(1);
    expectOneLine(result.stderr, /set GESIM_BACKUP_KEY or GESIM_BACKUP_PASSPHRASE/);
    expect(existsSync(target)).toBe(false);
  });

  it("refuses a wrong passphrase in one line and creates no database", () => {
    const result = run("restore.ts", [backupFile], {
      GESIM_DATA_DIR: target,
      GESIM_BACKUP_PASSPHRASE: "another long passphrase",
    });
    expect(result.code).toBe(1);
    expectOneLine(result.stderr, /Restore refused: the backup could not be decrypted/);
    expect(existsSync(target)).toBe(false);
  });

  it("refuses a backup whose encrypted fields need a key it does not carry, before the target", () => {
    const foreign = encryptBackup(
      { ...EMPTY, data: { notes: [{ id: "n1", body: `gcm1.${"ab".repeat(8)}.iv.tag.body` }] } },
      { passphrase: PASSPHRASE },
    );
    const file = join(work, "foreign-key.backup");
    writeFileSync(file, foreign);
    const result = run("restore.ts", [file], { GESIM_DATA_DIR: target, GESIM_BACKUP_PASSPHRASE: PASSPHRASE });
    expect(result.code).toBe(1);
    expectOneLine(result.stderr, /Restore refused: .*key abababababababab.*GESIM_ENCRYPTION_KEY/);
    expect(existsSync(target)).toBe(false);
  });
});

describe("one passphrase rule everywhere", () => {
  const short = "x".repeat(MIN_PASSPHRASE_LENGTH - 1);

  it.each(["backup.ts", "restore.ts"])("%s refuses a short GESIM_BACKUP_PASSPHRASE without printing it", (script) => {
    const result = run(script, script === "backup.ts" ? ["--out", "x.backup"] : ["x.backup"], {
      GESIM_BACKUP_PASSPHRASE: short,
      GESIM_DATA_DIR: join(work, "never"),
    });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, new RegExp(`GESIM_BACKUP_PASSPHRASE must be at least ${MIN_PASSPHRASE_LENGTH}`));
    expect(result.stderr).not.toContain(short);
    expect(existsSync(join(work, "never"))).toBe(false);
  });

  it("encryptBackup itself refuses a short passphrase", () => {
    expect(() => encryptBackup(EMPTY, { passphrase: short })).toThrow(/at least 12 characters/);
    expect(encryptBackup(EMPTY, { key: randomBytes(32) }).length).toBeGreaterThan(28);
  });
});

describe("db:migrate encrypts the narrative stored before it was encrypted (issue 15 item 4)", () => {
  it("moves plaintext goal wording into ciphertext with the embedded key, once", async () => {
    const dataDir = join(work, "migrate", "pglite");
    const first = run("migrate.ts", [], { GESIM_DATA_DIR: dataDir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("No narrative left in plaintext.");
    const cipher = createFieldCipher(parseKey(readEmbeddedKey(dataDir) ?? ""));
    const handle = await createDb({ dataDir });
    try {
      await seedDemoIfEmpty(handle.db, TODAY, cipher);
      // As rows were before migration 0017: her words in the plaintext column.
      await handle.db.execute(sql`update goals set text = 'Older words of hers', text_cipher = null`);
    } finally {
      await handle.close();
    }
    const second = run("migrate.ts", [], { GESIM_DATA_DIR: dataDir });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Narrative encrypted: goals \d+/);
    const after = await createDb({ dataDir });
    try {
      const [left] = await after.db.select({ n: count() }).from(goals).where(isNotNull(goals.legacyText));
      expect(left?.n).toBe(0);
      const [goal] = await after.db.select().from(goals).limit(1);
      expect(cipher.decrypt(goal?.textCipher ?? "")).toBe("Older words of hers");
    } finally {
      await after.close();
    }
    expect(run("migrate.ts", [], { GESIM_DATA_DIR: dataDir }).stdout).toContain("No narrative left in plaintext.");
  });
});

describe("npm run snapshots (issue 18)", () => {
  it("back-fills the last twelve months once; a second run writes only the month under way", async () => {
    const dataDir = join(work, "snapshots", "pglite");
    expect(run("migrate.ts", [], { GESIM_DATA_DIR: dataDir }).code).toBe(0);
    const cipher = createFieldCipher(parseKey(readEmbeddedKey(dataDir) ?? ""));
    const handle = await createDb({ dataDir });
    try {
      await seedDemoIfEmpty(handle.db, TODAY, cipher);
    } finally {
      await handle.close();
    }
    const rows = async () => {
      const db = await createDb({ dataDir });
      try {
        const [row] = await db.db.select({ n: count() }).from(indicatorSnapshots);
        return row?.n ?? 0;
      } finally {
        await db.close();
      }
    };
    const first = run("snapshots.ts", [], { GESIM_DATA_DIR: dataDir });
    expect(first.code).toBe(0);
    const backFilled = Number(/(\d+) of them back-filled/.exec(first.stdout)?.[1]);
    expect(backFilled).toBeGreaterThan(0);
    expect(first.stdout).toMatch(/^Snapshots recorded: 2 organisations, \d+ months written/);
    const stored = await rows();
    const second = run("snapshots.ts", [], { GESIM_DATA_DIR: dataDir });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Snapshots recorded: 2 organisations, 2 months written, 0 of them back-filled.");
    expect(await rows()).toBe(stored);
  }, 400_000);
});
