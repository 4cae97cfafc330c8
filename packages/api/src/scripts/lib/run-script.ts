// One way to write an operations script (issue 15, item 9): `--help`, argument errors, the
// validated environment and failures handled alike, so every script ends with one clear line
// instead of a stack trace, and never prints personal data.
//
// A new script is one file `src/scripts/<name>.ts` that calls runScript (the build picks up every
// file there) and one line `"<name>": "tsx src/scripts/<name>.ts"` in packages/api/package.json.
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { createDb, type DbHandle, DEFAULT_DATA_DIR } from "@gesim/db";
import { type CliEnv, CliEnvError, readProcessCliEnv } from "./env.ts";

export type ScriptArgs = {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
};

export type ScriptSpec = {
  /** `backup -- --out FILE [--organisation ID]`: what follows `npm run`. */
  usage: string;
  /** One paragraph: what it does and what to know before running it. */
  description: string;
  options?: ParseArgsConfig["options"];
  positionals?: boolean;
  /** Returns the exit code (0 when nothing is returned). */
  main(args: ScriptArgs, env: CliEnv): Promise<number | undefined> | Promise<void>;
};

/** An expected refusal: its message is shown as it is (it must not contain personal data). */
export class ScriptError extends Error {
  override name = "ScriptError";
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Errors whose messages are written for operators (no data values in them). */
const OPERATOR_ERRORS = new Set([
  "ScriptError",
  "CliEnvError",
  "BackupError",
  "FieldCipherError",
  "PassphraseError",
  "AuditSealingError",
  "KeyFileError",
]);

/** The one line shown for a failure: the message of an expected error, else only the error's class and code. */
export function describeFailure(error: unknown, debug = false): string {
  if (error instanceof Error && (OPERATOR_ERRORS.has(error.name) || debug)) return error.message;
  const name = error instanceof Error ? error.constructor.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  return `unexpected ${name}${typeof code === "string" ? ` (${code})` : ""}; run again with GESIM_DEBUG=1 to see the full error (it may contain data)`;
}

/** Resolves a path typed by the operator (npm runs scripts in the package folder; INIT_CWD is where it was typed). */
export function operatorPath(env: CliEnv, path: string): string {
  return resolve(env.INIT_CWD ?? process.cwd(), path);
}

function helpText(spec: ScriptSpec): string {
  const options = Object.entries(spec.options ?? {}).map(
    ([name, option]) => `  --${name}${option.type === "string" ? " VALUE" : ""}`,
  );
  const script = basename(process.argv[1] ?? "script").replace(/\.[jt]s$/, "");
  return [
    `Usage: npm run ${spec.usage}`,
    `   or: node packages/api/build/scripts/${script}.js ... (the built script, as in the Docker image)`,
    "",
    spec.description,
    "",
    "Options:",
    ...options,
    "  --help",
  ].join("\n");
}

/** Runs a script: parses its arguments and environment, then main; sets the exit code. */
export async function runScript(spec: ScriptSpec, argv: string[] = process.argv.slice(2)): Promise<void> {
  let args: ScriptArgs;
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...spec.options, help: { type: "boolean", default: false } },
      allowPositionals: spec.positionals ?? false,
      strict: true,
    });
    args = { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : "Bad arguments."} (see --help)`);
    process.exitCode = 2;
    return;
  }
  if (args.values.help) {
    console.log(helpText(spec));
    return;
  }
  let env: CliEnv;
  try {
    env = readProcessCliEnv();
  } catch (error) {
    console.error(error instanceof CliEnvError ? error.message : "Invalid environment.");
    process.exitCode = 2;
    return;
  }
  try {
    process.exitCode = (await spec.main(args, env)) ?? 0;
  } catch (error) {
    console.error(`Failed: ${describeFailure(error, env.GESIM_DEBUG === "1")}`);
    if (env.GESIM_DEBUG === "1") console.error(error);
    process.exitCode = error instanceof ScriptError ? error.exitCode : 1;
  }
}

/** Where the embedded database lives for this environment, or undefined with DATABASE_URL. */
export function embeddedDataDir(env: CliEnv): string | undefined {
  return env.DATABASE_URL ? undefined : (env.GESIM_DATA_DIR ?? DEFAULT_DATA_DIR);
}

/**
 * Opens DATABASE_URL or the embedded database. `existing`: refuse when the embedded folder does
 * not exist (instead of creating an empty database there).
 */
export async function openDatabase(env: CliEnv, options: { existing: boolean }): Promise<DbHandle> {
  const dataDir = embeddedDataDir(env);
  if (options.existing && dataDir && !existsSync(dataDir))
    throw new ScriptError(
      `there is no embedded database at ${dataDir} (set GESIM_DATA_DIR, or DATABASE_URL for a server)`,
    );
  return createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.GESIM_DATA_DIR });
}
