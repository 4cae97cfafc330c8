// `npm run bench`: seed, measure baseline then app for every endpoint of endpoints.ts at each
// concurrency, and write bench/results.json and BENCHMARKS.md. See BENCHMARKS.md for how to read it.
import { availableParallelism, cpus, freemem, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { createFieldCipher, generateKey, parseKey } from "@gesim/api";
import { latestCompleteQuarter, quarterRange } from "@gesim/core";
import { createDb, sql } from "@gesim/db";
import { ArgsError, type BenchArgs, parseBenchArgs, QUICK_CLIENTS } from "./args.ts";
import {
  type BenchRole,
  CONTENDED_PLANS,
  type EndpointSpec,
  type Fixture,
  selectEndpoints,
  trpcQueryPath,
} from "./endpoints.ts";
import { measurePageJs } from "./js-size.ts";
import { type LoadRequest, measure, planEditCycle } from "./load.ts";
import {
  type BenchDatabase,
  buildWeb,
  createBenchDatabase,
  REPO_DIR,
  type Server,
  startAppServer,
  startBaselineServer,
  WEB_DIR,
} from "./processes.ts";
import { type EndpointRun, type Machine, type Results, type SizeRun, writeResults } from "./report.ts";
import { type SeedFixtures, seedBenchDatabase } from "./seed.ts";
import {
  evaluateJsSize,
  evaluateScaling,
  evaluateTargets,
  type Measurement,
  ratios,
  type TargetOutcome,
} from "./stats.ts";

const today = new Date().toISOString().slice(0, 10);
const log = (line: string) => process.stdout.write(`${line}\n`);

function progressBar(label: string) {
  const started = performance.now();
  let lastDecile = -1;
  return (done: number, total: number) => {
    const share = done / total;
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    if (process.stdout.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      process.stdout.write(
        `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(share * 100)}% ${done}/${total} ${seconds}s${done === total ? "\n" : ""}`,
      );
    } else if (Math.floor(share * 10) > lastDecile) {
      lastDecile = Math.floor(share * 10);
      log(`${label} ${Math.round(share * 100)}% (${done}/${total}, ${seconds}s)`);
    }
  };
}

async function seed(database: BenchDatabase, clients: number, encryptionKey: string) {
  const handle = await createDb(
    database.kind === "postgres" ? { databaseUrl: database.url, maxConnections: 2 } : { dataDir: database.dir },
  );
  try {
    await handle.migrate();
    const result = await seedBenchDatabase(handle.db, {
      clients,
      organisations: 20,
      today,
      cipher: createFieldCipher(parseKey(encryptionKey)),
      onProgress: progressBar(`seeding ${clients} clients`),
    });
    // postgres-js answers an array of rows, PGlite an object with `rows`.
    const answer = (await handle.db.execute(sql`select version() as v`)) as unknown;
    const rows = (Array.isArray(answer) ? answer : (answer as { rows: unknown[] }).rows) as { v: string }[];
    return { ...result, databaseVersion: rows[0]?.v.split(" on ")[0] ?? "unknown" };
  } finally {
    await handle.close();
  }
}

function fixtureOf(seedFixtures: SeedFixtures): Fixture {
  const quarter = latestCompleteQuarter(today);
  return {
    clientId: seedFixtures.plannedClients[0]!.clientId,
    organisationId: seedFixtures.organisation.id,
    caseworkerId: seedFixtures.organisation.caseworkers[0]!.id,
    quarter,
    period: quarterRange(quarter),
  };
}

// ── Baseline ──

function baselineRequest(endpoint: EndpointSpec, f: Fixture): Omit<LoadRequest, "edit"> {
  const q = (params: Record<string, string>) => new URLSearchParams({ org: f.organisationId, ...params }).toString();
  const path = {
    caseload: `/caseload?${q({ user: f.caseworkerId })}`,
    "caseload.html": `/caseload.html?${q({ user: f.caseworkerId })}`,
    plan: `/plan?${q({ client: f.clientId })}`,
    "plan.html": `/plan.html?${q({ client: f.clientId })}`,
    "plan-update": `/plan-update?${q({})}`,
    quarter: `/quarter?${q(f.period)}`,
  }[endpoint.baseline];
  return { method: endpoint.mutation ? "POST" : "GET", path, headers: { "content-type": "application/json" } };
}

type Planned = SeedFixtures["plannedClients"][number];

/** The plan's current version as the baseline reads it. */
async function baselineVersion(server: Server, f: Fixture, p: Planned): Promise<number> {
  const response = await fetch(
    `${server.baseUrl}/plan?${new URLSearchParams({ org: f.organisationId, client: p.clientId })}`,
  );
  return ((await response.json()) as { plan: { version: number } }).plan.version;
}

// ── App ──

type Sessions = Record<BenchRole, string>;
type AppMeasurement = { m: Measurement; measured: string; standInFor: string | null };

async function signIn(server: Server, email: string, password: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { result?: { data?: { sessionToken?: string } } };
  const token = body.result?.data?.sessionToken;
  if (!token) throw new Error(`sign-in failed for the bench ${email.split("-")[0]} (HTTP ${response.status})`);
  return token;
}

function authHeaders(endpoint: EndpointSpec, token: string): Record<string, string> {
  return endpoint.kind === "ssr"
    ? { cookie: `gesim_session=${token}` }
    : { authorization: `Bearer ${token}`, "content-type": "application/json" };
}

/** The first procedure candidate the server answers with 200 (the dashboard may not be there yet). */
async function resolveProcedure(server: Server, endpoint: EndpointSpec, f: Fixture, token: string) {
  const candidates = endpoint.procedures ?? [];
  if (endpoint.mutation)
    return { candidate: candidates[0]!, path: `/api/trpc/${candidates[0]!.procedure}`, body: undefined };
  for (const candidate of candidates) {
    if (endpoint.postQuery) {
      const path = `/api/trpc/${candidate.procedure}`;
      const body = JSON.stringify(candidate.input(f));
      const response = await fetch(`${server.baseUrl}${path}`, {
        method: "POST",
        headers: authHeaders(endpoint, token),
        body,
      });
      await response.arrayBuffer();
      if (response.ok) return { candidate, path, body };
      log(`  ${candidate.procedure}: HTTP ${response.status}, trying the next candidate`);
      continue;
    }
    const path = trpcQueryPath(candidate.procedure, candidate.input(f));
    const response = await fetch(`${server.baseUrl}${path}`, { headers: authHeaders(endpoint, token) });
    await response.arrayBuffer();
    if (response.ok) return { candidate, path, body: undefined };
    log(`  ${candidate.procedure}: HTTP ${response.status}, trying the next candidate`);
  }
  throw new Error(`${endpoint.id}: no procedure candidate answered`);
}

/** The plan's current version as the app reads it (plans.get, as an editor reloading after a conflict). */
async function appVersion(server: Server, token: string, p: Planned): Promise<number> {
  const response = await fetch(`${server.baseUrl}${trpcQueryPath("plans.get", { clientId: p.clientId })}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { result: { data: { plan: { version: number } } } }).result.data.plan.version;
}

async function editCycle(plans: readonly Planned[], version: (p: Planned) => Promise<number>) {
  const current = await Promise.all(plans.map(async (p) => ({ ...p, version: await version(p) })));
  return planEditCycle(current, today, version);
}

function rssMbOf(pid: number): Promise<number | null> {
  return import("node:fs").then(({ readFileSync }) => {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  });
}

const line = (who: string, id: string, c: number, m: Measurement) =>
  log(
    `  ${who.padEnd(8)} ${id.padEnd(18)} c=${String(c).padEnd(3)} p50 ${m.p50} ms  p95 ${m.p95} ms  p99 ${m.p99} ms  ${m.rps} req/s  ${JSON.stringify(m.statuses)}${m.rssMaxMb ? `  RSS ${m.rssMaxMb} MB` : ""}${m.serverCpuMsPerRequest !== undefined ? `  CPU ${m.serverCpuMsPerRequest} ms/req` : ""}`,
  );

async function runSize(
  clients: number,
  args: BenchArgs,
  encryptionKey: string,
): Promise<{ run: SizeRun; databaseVersion: string }> {
  const endpoints = selectEndpoints(args.only);
  const database = await createBenchDatabase(process.env.DATABASE_URL || undefined, clients);
  try {
    const seeded = await seed(database, clients, encryptionKey);
    log(`seeded ${clients} clients in ${seeded.seconds.toFixed(0)} s`);
    const f = fixtureOf(seeded.fixtures);
    const contended = seeded.fixtures.plannedClients.slice(0, CONTENDED_PLANS);
    const options = (c: number, serverPid?: number) => ({
      connections: c,
      duration: args.duration,
      warmup: args.warmup,
      serverPid,
    });

    const key = (endpoint: EndpointSpec, c: number) => `${endpoint.id}@${c}`;
    const pairs = endpoints.flatMap((endpoint) => args.connections.map((c) => [endpoint, c] as const));
    const baselines = new Map<string, Measurement>();
    const apps = new Map<string, AppMeasurement>();

    const measureBaseline = async (server: Server, endpoint: EndpointSpec, c: number) => {
      const request: LoadRequest = { ...baselineRequest(endpoint, f) };
      if (endpoint.mutation) request.edit = await editCycle(contended, (p) => baselineVersion(server, f, p));
      const m = await measure(server.baseUrl, request, options(c, server.pid));
      line("baseline", endpoint.id, c, m);
      baselines.set(key(endpoint, c), m);
    };
    let idleRss: number | null = null;
    const appMeasurer = async (server: Server) => {
      idleRss = await rssMbOf(server.pid);
      const org = seeded.fixtures.organisation;
      const password = seeded.fixtures.password;
      const sessions: Sessions = {
        caseworker: await signIn(server, org.caseworkers[0]!.email, password),
        manager: await signIn(server, org.manager.email, password),
        funder: await signIn(server, org.funder.email, password),
      };
      return async (endpoint: EndpointSpec, c: number) => {
        const token = sessions[endpoint.role];
        const page = endpoint.page
          ? { path: endpoint.page(f), measured: endpoint.page({ ...f, clientId: ":clientId" }) }
          : null;
        const resolved = page ? null : await resolveProcedure(server, endpoint, f, token);
        const request: LoadRequest = {
          method: endpoint.mutation || endpoint.postQuery ? "POST" : "GET",
          path: page?.path ?? resolved!.path,
          headers: authHeaders(endpoint, token),
          ...(resolved?.body === undefined ? {} : { body: resolved.body }),
        };
        if (endpoint.mutation)
          request.edit = await editCycle(contended, (p) => appVersion(server, sessions.caseworker, p));
        const m = await measure(server.baseUrl, request, options(c, server.pid));
        line("app", endpoint.id, c, m);
        apps.set(key(endpoint, c), {
          m,
          measured: page?.measured ?? resolved!.candidate.procedure,
          standInFor: resolved?.candidate.standInFor ?? null,
        });
      };
    };

    if (database.kind === "postgres") {
      // Both servers up; each endpoint's baseline and app runs back to back, so both see the
      // same load from the rest of the (shared) machine.
      const baseline = await startBaselineServer(database);
      try {
        const app = await startAppServer(database, encryptionKey);
        try {
          const measureApp = await appMeasurer(app);
          for (const [endpoint, c] of pairs) {
            await measureBaseline(baseline, endpoint, c);
            await measureApp(endpoint, c);
          }
        } finally {
          await app.stop();
        }
      } finally {
        await baseline.stop();
      }
    } else {
      // PGlite is single-process: baseline first, then the app, never both open on one folder.
      const baseline = await startBaselineServer(database);
      try {
        for (const [endpoint, c] of pairs) await measureBaseline(baseline, endpoint, c);
      } finally {
        await baseline.stop();
      }
      const app = await startAppServer(database, encryptionKey);
      try {
        const measureApp = await appMeasurer(app);
        for (const [endpoint, c] of pairs) await measureApp(endpoint, c);
      } finally {
        await app.stop();
      }
    }
    const results: EndpointRun[] = pairs.map(([endpoint, c]) => {
      const { m, measured, standInFor } = apps.get(key(endpoint, c))!;
      const base = baselines.get(key(endpoint, c))!;
      return {
        id: endpoint.id,
        label: endpoint.label,
        kind: endpoint.kind,
        measured,
        standInFor,
        connections: c,
        app: m,
        baseline: base,
        ratios: ratios(m, base),
      };
    });
    return {
      run: { clients, seedSeconds: seeded.seconds, rows: seeded.rows, serverIdleRssMb: idleRss, endpoints: results },
      databaseVersion: seeded.databaseVersion,
    };
  } finally {
    if (args.keep) log(`kept the database: ${database.url ?? database.dir}`);
    else await database.drop();
  }
}

function machine(database: string): Machine {
  const gb = (bytes: number) => Math.round((bytes / 1024 ** 3) * 10) / 10;
  return {
    nproc: availableParallelism(),
    memTotalGb: gb(totalmem()),
    memFreeGb: gb(freemem()),
    cpu: cpus()[0]?.model ?? "unknown",
    node: process.version,
    database,
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    note: "The machine is shared: other engineers' test runs were going on, so absolute numbers are noisy; the ratios to the same-run baseline are the figures to compare.",
  };
}

async function main() {
  const args = parseBenchArgs(process.argv.slice(2));
  const loadAtStart = machine("");
  if (!args.skipBuild) {
    log("building the web app (npm run build -w @gesim/web)…");
    await buildWeb();
  }
  const javascript = measurePageJs(join(WEB_DIR, "build", "client"), {
    caseload: "routes/home",
    plan: "routes/clients/plan/plan",
  });
  const encryptionKey = generateKey();
  const sizes = args.scaling ? [QUICK_CLIENTS, args.clients] : [args.clients];
  const runs: SizeRun[] = [];
  let databaseVersion = "";
  for (const size of sizes) {
    const { run, databaseVersion: version } = await runSize(size, args, encryptionKey);
    runs.push(run);
    databaseVersion = version;
  }
  const full = runs.at(-1)!;
  const targets: TargetOutcome[] = [];
  for (const e of full.endpoints) {
    const spec = selectEndpoints([]).find((s) => s.id === e.id)!;
    targets.push(...evaluateTargets(e.id, spec.targets, e.connections, e.app, e.ratios));
  }
  if (runs.length > 1) {
    for (const e of full.endpoints) {
      const small = runs[0]!.endpoints.find((s) => s.id === e.id && s.connections === e.connections);
      if (small) targets.push(evaluateScaling(e.id, e.connections, small.app, e.app));
    }
  }
  const plan = javascript.find((p) => p.page === "plan");
  if (plan) targets.push(evaluateJsSize(plan.gzipBytes));
  const results: Results = {
    date: new Date().toISOString(),
    command:
      `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim() +
      (process.env.DATABASE_URL ? " (DATABASE_URL set: PostgreSQL server)" : " (embedded PGlite)"),
    machine: {
      ...loadAtStart,
      database: process.env.DATABASE_URL
        ? `PostgreSQL server: ${databaseVersion}`
        : `embedded PGlite: ${databaseVersion}`,
    },
    settings: { duration: args.duration, warmup: args.warmup, connections: args.connections },
    runs,
    javascript,
    targets,
  };
  writeResults(results, join(REPO_DIR, "bench", "results.json"), join(REPO_DIR, "BENCHMARKS.md"));
  log(
    `wrote bench/results.json and BENCHMARKS.md: ${targets.filter((t) => t.met).length} of ${targets.length} targets met`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ArgsError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
