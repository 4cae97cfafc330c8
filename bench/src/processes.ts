// The bench's database and the two servers it measures, one after the other.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

export const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const WEB_DIR = join(REPO_DIR, "apps", "web");
const BENCH_DIR = join(REPO_DIR, "bench");

/** Where a run's data lives: a database on the server of DATABASE_URL, or a PGlite folder. */
export type BenchDatabase = {
  kind: "postgres" | "pglite";
  env: Record<string, string>;
  url?: string;
  dir?: string;
  drop(): Promise<void>;
};

export async function createBenchDatabase(serverUrl: string | undefined, clients: number): Promise<BenchDatabase> {
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), `gesim-bench-${clients}-`));
    const dataDir = join(dir, "pglite");
    return {
      kind: "pglite",
      dir: dataDir,
      env: { GESIM_DATA_DIR: dataDir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `gesim_bench_${clients}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end({ timeout: 5 });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: "postgres",
    url: url.toString(),
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists "${name}" with (force)`);
      await again.end({ timeout: 5 });
    },
  };
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export type Server = { baseUrl: string; pid: number; stop(): Promise<void> };

async function startProcess(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  port: number,
): Promise<Server> {
  const child: ChildProcess = spawn(command, args, {
    cwd,
    env: { ...(process.env as Record<string, string>), ...env, PORT: String(port), BENCH_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Keep only the tail of the output (the request log is drained, as in production, but not stored).
  let tail = "";
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${tail}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not become healthy:\n${tail}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** The production server (apps/web/server.js) with the rate limits lifted for the load. */
export async function startAppServer(database: BenchDatabase, encryptionKey: string): Promise<Server> {
  const env = {
    ...database.env,
    NODE_ENV: "production",
    GESIM_DEMO: "0",
    GESIM_ENCRYPTION_KEY: encryptionKey,
    GESIM_LOGIN_LIMIT_PER_MINUTE: "1000",
    GESIM_REQUEST_LIMIT_PER_MINUTE: "100000000",
    // Indicators and exports: a stored funder release answers in milliseconds, so the default 30 per minute would measure 429s.
    GESIM_EXPENSIVE_LIMIT_PER_MINUTE: "100000000",
  };
  return startProcess("app server", process.execPath, ["server.js"], WEB_DIR, env, await freePort());
}

export async function startBaselineServer(database: BenchDatabase): Promise<Server> {
  const env: Record<string, string> =
    database.kind === "postgres"
      ? { DATABASE_URL: database.url! }
      : { BENCH_PGLITE_DIR: database.dir!, DATABASE_URL: "" };
  return startProcess(
    "baseline server",
    process.execPath,
    ["--import", "tsx", "src/baseline-server.tsx"],
    BENCH_DIR,
    env,
    await freePort(),
  );
}

/** `npm run build -w @gesim/web`: the bench measures the production build. */
export function buildWeb(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "build", "-w", "@gesim/web"], {
      cwd: REPO_DIR,
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`web build failed (${code})`))));
  });
}
