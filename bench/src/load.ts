// One measurement: a warm-up, then a fixed-duration autocannon run whose every response time
// is kept (exact p50/p95/p99), with the server's resident memory sampled meanwhile.
import { readFileSync } from "node:fs";
import autocannon, { type Request as AutocannonRequest } from "autocannon";
import { type Measurement, summarise } from "./stats.ts";

export type LoadRequest = {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  /** A fixed JSON body (a query that must be sent by POST). */
  body?: string;
  /** For versioned edits: builds each request's body and reads each response. */
  edit?: EditCycle;
};

/** Versioned edits of several plans: each request names the version last seen for its plan. */
export type EditCycle = {
  next(): { key: string; body: string };
  seen(key: string, status: number, body: string): void;
};

export type LoadOptions = { connections: number; duration: number; warmup: number; serverPid?: number | undefined };

function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system, ms) the process has used: /proc/<pid>/stat fields 14 and 15, in 1/100 s ticks. */
function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function run(
  baseUrl: string,
  request: LoadRequest,
  connections: number,
  seconds: number,
  record: boolean,
): Promise<Measurement> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const edit = request.edit;
  let errors = 0;
  let finish: (result: Measurement) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<Measurement>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: baseUrl,
      connections,
      duration: seconds,
      timeout: 30,
      requests: [
        {
          method: request.method,
          path: request.path,
          headers: request.headers,
          ...(request.body === undefined ? {} : { body: request.body }),
          ...(edit
            ? {
                setupRequest: (req: AutocannonRequest, context: object) => {
                  const { key, body } = edit.next();
                  (context as { key?: string }).key = key;
                  return { ...req, body };
                },
                onResponse: (status: number, body: string, context: object) =>
                  edit.seen(String((context as { key?: string }).key), status, body),
              }
            : {}),
        },
      ],
    },
    (error, result) => {
      if (error) fail(error);
      else finish(summarise(latencies, result.duration || seconds, statuses, errors + (result.timeouts ?? 0)));
    },
  );
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (!record) return;
    latencies.push(responseTime);
    statuses[String(statusCode)] = (statuses[String(statusCode)] ?? 0) + 1;
  });
  instance.on("reqError", () => (errors += 1));
  return done;
}

/** Warm-up (discarded), then the measured run. */
export async function measure(baseUrl: string, request: LoadRequest, options: LoadOptions): Promise<Measurement> {
  await run(baseUrl, request, options.connections, options.warmup, false);
  let rssMax = 0;
  const sampler = options.serverPid
    ? setInterval(() => {
        rssMax = Math.max(rssMax, rssMb(options.serverPid!) ?? 0);
      }, 250)
    : null;
  const cpuBefore = options.serverPid ? cpuMs(options.serverPid) : null;
  try {
    const result = await run(baseUrl, request, options.connections, options.duration, true);
    if (!options.serverPid) return result;
    const cpuAfter = cpuMs(options.serverPid);
    const cpu =
      cpuBefore !== null && cpuAfter !== null && result.requests > 0
        ? Math.round(((cpuAfter - cpuBefore) / result.requests) * 10) / 10
        : undefined;
    return { ...result, rssMaxMb: rssMax, ...(cpu !== undefined ? { serverCpuMsPerRequest: cpu } : {}) };
  } finally {
    if (sampler) clearInterval(sampler);
  }
}

type PlanRef = { clientId: string; planId: string; version: number };

/**
 * Cycles through plans; a 200 teaches the plan's new version. A 409 (another editor won, or an
 * edit finished after a run stopped listening) makes the editor reload that plan, as a person
 * would: `reload` fetches its current version, and the plan is skipped until it answers.
 */
export function planEditCycle(
  plans: readonly PlanRef[],
  today: string,
  reload: (plan: PlanRef) => Promise<number>,
): EditCycle {
  const version = new Map(plans.map((p) => [p.planId, p.version]));
  const reloading = new Set<string>();
  let turn = 0;
  const pickPlan = (): PlanRef => {
    for (let i = 0; i < plans.length; i += 1) {
      turn += 1;
      const plan = plans[turn % plans.length]!;
      if (!reloading.has(plan.planId)) return plan;
    }
    return plans[turn % plans.length]!;
  };
  return {
    next() {
      const plan = pickPlan();
      // A realistic edit: her agreement recorded, accommodation rated, safety review dated.
      const fields = {
        agreedByClient: true,
        agreedOn: "2026-09-15",
        conditionsImposed: [],
        accommodationSingleSex: true,
        accommodationRatedSafe: turn % 2 === 0 ? "yes" : "not-asked",
        lastSafetyReviewDate: today,
      };
      return {
        key: plan.planId,
        body: JSON.stringify({
          clientId: plan.clientId,
          planId: plan.planId,
          version: version.get(plan.planId),
          fields,
        }),
      };
    },
    seen(key, status, body) {
      if (status === 409 && !reloading.has(key)) {
        const plan = plans.find((p) => p.planId === key)!;
        reloading.add(key);
        reload(plan)
          .then((current) => version.set(key, Math.max(current, version.get(key) ?? 0)))
          .catch(() => {})
          .finally(() => reloading.delete(key));
      }
      if (status !== 200) return;
      try {
        const next = (JSON.parse(body) as { result?: { data?: { version?: unknown } } }).result?.data?.version;
        if (typeof next === "number" && next > (version.get(key) ?? 0)) version.set(key, next);
      } catch {
        // a body that is not JSON teaches nothing
      }
    },
  };
}
