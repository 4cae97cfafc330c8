import { parseArgs } from "node:util";

export const DEFAULT_CLIENTS = 100_000;
export const QUICK_CLIENTS = 5_000;

export type BenchArgs = {
  clients: number;
  /** Also seed and measure QUICK_CLIENTS for the p95 growth (scaling curve). */
  scaling: boolean;
  /** Seconds each measurement runs, after `warmup` seconds of warm-up. */
  duration: number;
  warmup: number;
  connections: number[];
  keep: boolean;
  /** Skip `npm run build -w @gesim/web` (the build is already there). */
  skipBuild: boolean;
  /** Only endpoints whose id contains one of these (all when empty). */
  only: string[];
};

export class ArgsError extends Error {}

const USAGE = `npm run bench -- [--clients N | --quick] [--scaling] [--duration S] [--warmup S] [--connections 1,16] [--only id,…] [--keep] [--skip-build]`;

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 1)
    throw new ArgsError(`--${name} must be a whole number of at least 1 (got "${raw}")\n${USAGE}`);
  return value;
}

/** Parses the bench's command line; a bad value is an ArgsError with the usage line. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by parseArgs's options below
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        clients: { type: "string" },
        quick: { type: "boolean", default: false },
        scaling: { type: "boolean", default: false },
        duration: { type: "string" },
        warmup: { type: "string" },
        connections: { type: "string" },
        only: { type: "string" },
        keep: { type: "boolean", default: false },
        "skip-build": { type: "boolean", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new ArgsError(`${(error as Error).message}\n${USAGE}`);
  }
  if (parsed.quick && parsed.clients !== undefined)
    throw new ArgsError(`--quick and --clients exclude each other\n${USAGE}`);
  const clients = parsed.quick ? QUICK_CLIENTS : positiveInteger("clients", parsed.clients, DEFAULT_CLIENTS);
  if (clients < 20) throw new ArgsError(`--clients must be at least 20 (one per organisation)\n${USAGE}`);
  if (parsed.scaling && clients <= QUICK_CLIENTS)
    throw new ArgsError(
      `--scaling compares ${QUICK_CLIENTS} clients with more: give --clients above ${QUICK_CLIENTS}\n${USAGE}`,
    );
  const connections = (parsed.connections ?? "1,16").split(",").map((c) => positiveInteger("connections", c.trim(), 1));
  return {
    clients,
    scaling: parsed.scaling,
    duration: positiveInteger("duration", parsed.duration, 10),
    warmup: positiveInteger("warmup", parsed.warmup, 3),
    connections: [...new Set(connections)],
    keep: parsed.keep,
    skipBuild: parsed["skip-build"],
    only: (parsed.only ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
