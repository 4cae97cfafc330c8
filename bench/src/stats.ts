// Latency statistics and the targets, as pure functions over measured numbers.
import { PLAN_PAGE_JS_GZIP_MAX, SCALING_MAX_GROWTH, type Target } from "./endpoints.ts";

export type Measurement = {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Responses per HTTP status ("409" apart for versioned edits). */
  statuses: Record<string, number>;
  /** Connection errors and timeouts (no response at all). */
  errors: number;
  /** Highest resident memory of the server process during the run (MB), when sampled. */
  rssMaxMb?: number;
  /** CPU time the server process spent per response (ms; user + system), when sampled. */
  serverCpuMsPerRequest?: number;
};

export type Ratios = { p50: number; p95: number; p99: number; throughput: number };

/** Nearest-rank percentile of an ascending list (0 for an empty one). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Latencies in ms of the responses of one run of `seconds`. */
export function summarise(
  latencies: readonly number[],
  seconds: number,
  statuses: Record<string, number>,
  errors: number,
): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  // No response in the whole run: nothing to report (never a p95 of 0 that "meets" a target).
  const at = (p: number) => (sorted.length === 0 ? Number.NaN : round(percentile(sorted, p)));
  return {
    requests: sorted.length,
    seconds,
    rps: round(sorted.length / seconds, 1),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: at(100),
    statuses,
    errors,
  };
}

/** App against baseline: latency ratios (>1 is slower) and throughput ratio (<1 is fewer req/s). */
export function ratios(app: Measurement, baseline: Measurement): Ratios {
  const div = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? round(a / b) : Number.NaN);
  return {
    p50: div(app.p50, baseline.p50),
    p95: div(app.p95, baseline.p95),
    p99: div(app.p99, baseline.p99),
    throughput: div(app.rps, baseline.rps),
  };
}

export type TargetOutcome = {
  endpoint: string;
  target: string;
  connections: number | null;
  value: number;
  limit: number;
  unit: "ratio" | "ms" | "bytes";
  met: boolean;
  /** How far from the limit, in words: "met with 30% to spare" / "missed by 2.1×". */
  margin: string;
};

function outcome(
  endpoint: string,
  target: string,
  connections: number | null,
  value: number,
  limit: number,
  unit: TargetOutcome["unit"],
  higherIsBetter: boolean,
): TargetOutcome {
  const met = Number.isFinite(value) && (higherIsBetter ? value >= limit : value <= limit);
  let margin: string;
  if (!Number.isFinite(value)) margin = "not measured";
  else if (met)
    margin = `met with ${Math.round((higherIsBetter ? value / limit - 1 : 1 - value / limit) * 100)}% to spare`;
  else {
    // A near miss in two decimals ("missed by 1.04×"), so it never reads as "missed by 1×".
    const factor = higherIsBetter ? limit / value : value / limit;
    margin = `missed by ${round(factor, factor < 1.1 ? 2 : 1)}×`;
  }
  return { endpoint, target, connections, value, limit, unit, met, margin };
}

/** One endpoint's targets at one concurrency. */
export function evaluateTargets(
  endpoint: string,
  targets: readonly Target[],
  connections: number,
  app: Measurement,
  r: Ratios,
): TargetOutcome[] {
  return targets.flatMap((t) => {
    if (t.kind === "throughputRatio")
      return [outcome(endpoint, t.note, connections, r.throughput, t.min, "ratio", true)];
    if (t.kind === "p95Ratio") return [outcome(endpoint, t.note, connections, r.p95, t.max, "ratio", false)];
    return t.connections === connections ? [outcome(endpoint, t.note, connections, app.p95, t.max, "ms", false)] : [];
  });
}

/** p95 at the full size against p95 at 5k clients, same endpoint and concurrency. */
export function evaluateScaling(
  endpoint: string,
  connections: number,
  small: Measurement,
  full: Measurement,
): TargetOutcome {
  const growth = small.p95 > 0 && Number.isFinite(full.p95) ? round(full.p95 / small.p95) : Number.NaN;
  return outcome(
    endpoint,
    `p95 at full size ≤ ${SCALING_MAX_GROWTH}× p95 at 5k`,
    connections,
    growth,
    SCALING_MAX_GROWTH,
    "ratio",
    false,
  );
}

export function evaluateJsSize(gzipBytes: number): TargetOutcome {
  return outcome(
    "plan-page",
    "≤ 120 KB gzip of JavaScript on the plan page",
    null,
    gzipBytes,
    PLAN_PAGE_JS_GZIP_MAX,
    "bytes",
    false,
  );
}
