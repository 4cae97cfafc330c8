import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type TestDatabase } from "@gesim/db/testing";
import { inject } from "vitest";

const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "apps", "web");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Where a server started once left its migrated, seeded data (e2e-template.ts makes it per run):
 * later servers start from a copy instead of migrating and seeding again. On PostgreSQL the
 * copies keep the template's encryption key.
 */
export type AppTemplate =
  | { kind: "pglite"; folder: string }
  | { kind: "postgres"; databaseName: string; encryptionKey: string };

declare module "vitest" {
  export interface ProvidedContext {
    appTemplate?: AppTemplate;
  }
}

export type AppServer = {
  baseUrl: string;
  /** The server's data: its folder (embedded), or its database and key (PostgreSQL). */
  data: AppTemplate;
  /** Where its database is (DATABASE_URL or GESIM_DATA_DIR, and the key): for a script such as `npm run setup`. */
  databaseEnv: Record<string, string>;
  /** Everything the server printed, over all its runs. */
  output: () => string;
  /** Ends the server with a signal and waits until the process is gone (the data stays). */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Starts the server again on the same port with the same data folder or database. */
  restart(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * Starts the production build (`apps/web/server.js`) on a free port with a fresh database:
 * embedded PGlite in a new folder, or, when DATABASE_URL is set, a new database on that
 * server with GESIM_DEMO=1 (the demo never seeds a real server unasked). `extraEnv` adds
 * settings (e.g. a short idle time). `demo: false` starts on an EMPTY database (no demo seed,
 * no organisation), as a real installation before `npm run setup` (issue 17). When the run has
 * an app template (the browser tests do), a demo database is a copy of it unless
 * `fromTemplate` is false.
 */
export async function startAppServer(
  extraEnv: Record<string, string> = {},
  { demo = true, fromTemplate = true }: { demo?: boolean; fromTemplate?: boolean } = {},
): Promise<AppServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "gesim-e2e-"));
  const template = demo && fromTemplate ? inject("appTemplate") : undefined;
  let testDatabase: TestDatabase | null = null;
  // The browser tests sign in and open the indicators far more often than a person, and a fast
  // machine does it within one minute: lift those rate limits (tests of the limits set their own).
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    NODE_ENV: "production",
    GESIM_LOGIN_LIMIT_PER_MINUTE: "1000",
    GESIM_EXPENSIVE_LIMIT_PER_MINUTE: "1000",
    ...extraEnv,
  };
  let data: AppTemplate;
  if (process.env.DATABASE_URL) {
    const copyOf = template?.kind === "postgres" ? template : undefined;
    testDatabase = await createTestDatabase(process.env.DATABASE_URL, copyOf?.databaseName);
    env.DATABASE_URL = testDatabase.url;
    env.GESIM_DEMO = demo ? "1" : "0";
    env.GESIM_ENCRYPTION_KEY = copyOf?.encryptionKey ?? randomBytes(32).toString("base64");
    data = {
      kind: "postgres",
      databaseName: new URL(testDatabase.url).pathname.slice(1),
      encryptionKey: env.GESIM_ENCRYPTION_KEY,
    };
  } else {
    delete env.DATABASE_URL;
    if (template?.kind === "pglite") cpSync(template.folder, dataDir, { recursive: true });
    env.GESIM_DATA_DIR = join(dataDir, "pglite");
    data = { kind: "pglite", folder: dataDir };
    if (!demo) env.GESIM_DEMO = "0";
  }
  const databaseEnv = Object.fromEntries(
    ["DATABASE_URL", "GESIM_DATA_DIR", "GESIM_ENCRYPTION_KEY"].flatMap((name) =>
      env[name] ? [[name, env[name]]] : [],
    ),
  );
  let log = "";
  let child: ChildProcess | null = null;
  const baseUrl = `http://127.0.0.1:${port}`;

  async function launch(): Promise<void> {
    const running = spawn(process.execPath, ["server.js"], { cwd: WEB_DIR, env, stdio: ["ignore", "pipe", "pipe"] });
    child = running;
    running.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    running.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    // 90 s, or E2E_START_TIMEOUT_MS on a machine busy with other runs (seeding the template is slow then).
    const deadline = Date.now() + Number(process.env.E2E_START_TIMEOUT_MS || 90_000);
    for (;;) {
      if (running.exitCode !== null) throw new Error(`app server exited (${running.exitCode}):\n${log}`);
      try {
        const response = await fetch(`${baseUrl}/healthz`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`app server did not become healthy:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async function kill(signal: NodeJS.Signals): Promise<void> {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill(signal);
    await exited;
  }

  await launch();
  return {
    baseUrl,
    data,
    databaseEnv,
    output: () => log,
    kill,
    restart: launch,
    async stop() {
      await kill("SIGTERM");
      rmSync(dataDir, { recursive: true, force: true });
      await testDatabase?.drop();
    },
  };
}
