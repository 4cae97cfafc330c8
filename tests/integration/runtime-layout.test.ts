// The image's runtime layout, run (issue 15, items 7, 9 and 10). The Dockerfile's runtime stage is
// carried out into a folder without Docker (support/runtime-layout.ts): production dependencies
// only, no sources, no tsx. There, every operations script answers --help with `node`, and a real
// round trip works: the server (started by the image's command) gets a client with an identity and
// a note through the API, stops on SIGTERM after finishing a request in flight, is backed up with
// the built script, restored into a new database, started again and still reads her identity and
// note; audit:verify passes. Embedded PGlite by default, PostgreSQL when DATABASE_URL is set.
// Needs the builds: npx turbo run build --filter=@gesim/web (turbo's test task depends on it).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD } from "@gesim/api";
import { createTestDatabase, type TestDatabase } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildRuntimeLayout,
  inFlightRequest,
  ROOT,
  type Running,
  type RuntimeLayout,
  startCommand,
  stopAll,
} from "../support/runtime-layout.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const SCRIPTS = ["audit-verify", "backup", "keys-rotate", "migrate", "restore", "retention", "snapshots"];
const work = mkdtempSync(join(tmpdir(), "gesim-layout-"));
const databases: TestDatabase[] = [];
let layout: RuntimeLayout;

beforeAll(() => {
  for (const output of ["apps/web/build/server/index.js", "packages/api/build/scripts/backup.js"])
    if (!existsSync(join(ROOT, output)))
      throw new Error(`${output} is missing: run npx turbo run build --filter=@gesim/web first`);
  layout = buildRuntimeLayout(join(work, "image"));
});
afterAll(async () => {
  await stopAll();
  for (const database of databases) await database.drop();
  rmSync(work, { recursive: true, force: true });
});

/** The environment of one database: a new PGlite folder, or a new database on the server. */
async function databaseEnv(name: string, key: string): Promise<Record<string, string>> {
  if (!process.env.DATABASE_URL) return { GESIM_DATA_DIR: join(work, name, "pglite") };
  const database = await createTestDatabase(process.env.DATABASE_URL);
  databases.push(database);
  return { DATABASE_URL: database.url, GESIM_ENCRYPTION_KEY: key };
}

function baseEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? "", HOME: work, ...layout.env, GESIM_RETENTION_INTERVAL_HOURS: "0" };
}

function script(name: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [`packages/api/build/scripts/${name}.js`, ...args], {
    cwd: layout.dir,
    env,
    encoding: "utf8",
    input: "",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the runtime layout of the image", () => {
  it("holds no sources and no tsx, and runs the server with node itself", () => {
    expect(existsSync(join(layout.dir, "packages/api/src"))).toBe(false);
    expect(existsSync(join(layout.dir, "node_modules/tsx"))).toBe(false);
    expect(layout.command).toEqual(["node", "apps/web/server.js"]);
    expect(readdirSync(join(layout.dir, "packages/api/build/scripts"))).toEqual(
      expect.arrayContaining(SCRIPTS.map((s) => `${s}.js`)),
    );
  });

  it.each(SCRIPTS)("runs %s --help with node", (name) => {
    const result = script(name, ["--help"], baseEnv());
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`node packages/api/build/scripts/${name}\\.js`));
  });

  it("backs up, restores and serves her identity and notes again; SIGTERM finishes a request in flight", async () => {
    const key = randomBytes(32).toString("base64");
    const source = { ...baseEnv(), ...(await databaseEnv("source", key)), GESIM_DEMO: "1" };
    let server: Running = await startCommand(layout.command, layout.dir, source);
    let api = await signInOverHttp(server.baseUrl, "caseworker@demo.test", DEMO_PASSWORD);
    const client = await api.mutation<{ id: string }>("clients.create", {
      firstContactDate: "2026-10-01",
      childrenCount: 0,
      isPregnant: false,
      languages: ["ro"],
      needsInterpreter: true,
      identificationStatus: "not-assessed",
      cooperationWithAuthorities: "not-asked",
      isInTrainingOrWork: false,
      isAdult: true,
    });
    await api.mutation("identity.set", { clientId: client.id, legalName: "Fictional Runtime Example" });
    await api.mutation("notes.create", { clientId: client.id, body: "Fictional note kept across a restore." });

    // SIGTERM with a request in flight: it is answered, then the server stops by itself.
    const pending = await inFlightRequest(server.baseUrl, "/api/trpc/auth.login", '{"email":"x@y.z","password":"x"}');
    server.child.kill("SIGTERM");
    await expect.poll(() => server.output()).toContain("SIGTERM received");
    expect(pending.answered()).toBe(false);
    expect(await pending.finish()).toBeGreaterThanOrEqual(200);
    expect(await server.exited).toBe(0);

    const backupFile = join(work, "round-trip.backup");
    const secret = { GESIM_BACKUP_PASSPHRASE: "a long enough passphrase" };
    const backup = script("backup", ["--out", backupFile], { ...source, ...secret });
    expect(backup.stderr).not.toMatch(/Error|at /);
    expect(backup.code).toBe(0);

    const target = { ...baseEnv(), ...(await databaseEnv("target", key)), GESIM_DEMO: "0" };
    const restore = script("restore", [backupFile], { ...target, ...secret });
    expect(restore.stdout).toMatch(/audit chains verified/);
    expect(restore.code).toBe(0);
    expect(script("audit-verify", [], target).code).toBe(0);

    server = await startCommand(layout.command, layout.dir, target);
    try {
      api = await signInOverHttp(server.baseUrl, "caseworker@demo.test", DEMO_PASSWORD);
      const identity = await api.mutation("identity.reveal", {
        clientId: client.id,
        reason: "legal-proceedings",
        justification: "Checking the restore of a fictional record.",
      });
      expect(identity).toMatchObject({ legalName: "Fictional Runtime Example" });
      const notes = await api.query("notes.list", { clientId: client.id });
      expect(JSON.stringify(notes)).toContain("Fictional note kept across a restore.");
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }

    // With a key that cannot read her data, the server refuses to start and says how to fix it.
    const wrongKey = spawnSync(process.execPath, layout.command.slice(1), {
      cwd: layout.dir,
      env: { ...target, GESIM_ENCRYPTION_KEY: randomBytes(32).toString("base64") },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(wrongKey.status).toBe(1);
    expect(wrongKey.stderr).toMatch(
      /did not start: The encryption key cannot read the stored data.*GESIM_ENCRYPTION_KEY/,
    );
    expect(wrongKey.stderr).not.toMatch(/\n\s+at /);
  }, 900_000);
});

describe("npm start", () => {
  it("forwards SIGTERM to the server, which finishes a request in flight and stops", async () => {
    const env = {
      ...(process.env as Record<string, string>),
      ...(await databaseEnv("npm-start", randomBytes(32).toString("base64"))),
      GESIM_DEMO: "0",
      GESIM_RETENTION_INTERVAL_HOURS: "0",
    };
    const server = await startCommand(["npm", "run", "start", "-w", "@gesim/web"], ROOT, env);
    const pending = await inFlightRequest(server.baseUrl, "/api/trpc/auth.login", '{"email":"x@y.z","password":"x"}');
    server.child.kill("SIGTERM"); // npm's own process, as a process manager would
    await expect.poll(() => server.output()).toContain("SIGTERM received");
    expect(await pending.finish()).toBeGreaterThanOrEqual(200);
    await server.exited;
    // The server process is gone too: its port no longer answers.
    await expect(fetch(`${server.baseUrl}/healthz`)).rejects.toThrow();
  }, 300_000);
});
