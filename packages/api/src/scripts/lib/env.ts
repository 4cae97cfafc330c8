// The command-line scripts' environment, validated once (issue 13): the only place in the
// scripts that reads process.env. A bad value ends the script with one line that names the
// setting and never prints its value.
import { z } from "zod";
import { MIN_PASSPHRASE_LENGTH } from "../../operations/backup-secret.ts";

const CliEnvSchema = z.object({
  DATABASE_URL: z.url({ error: "DATABASE_URL must be a postgres:// connection URL" }).optional(),
  GESIM_DATA_DIR: z.string().min(1).optional(),
  GESIM_ENCRYPTION_KEY: z.string().min(1).optional(),
  GESIM_ENCRYPTION_PREVIOUS_KEYS: z.string().min(1).optional(),
  GESIM_BACKUP_KEY: z.string().min(1).optional(),
  GESIM_BACKUP_PASSPHRASE: z
    .string()
    .min(MIN_PASSPHRASE_LENGTH, {
      error: `GESIM_BACKUP_PASSPHRASE must be at least ${MIN_PASSPHRASE_LENGTH} characters`,
    })
    .optional(),
  /** The key that signs audit checkpoints and the erasure register, kept out of the database (ADR 014). */
  GESIM_AUDIT_KEY: z.string().min(1).optional(),
  /** The append-only file of audit checkpoints and erasures (default beside the embedded data folder). */
  GESIM_AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
  /** `npm run setup`'s answers, for automation (never command-line arguments: they end up in shell history). */
  GESIM_SETUP_ORGANISATION: z.string().min(1).optional(),
  GESIM_SETUP_ADMIN_EMAIL: z.string().min(1).optional(),
  GESIM_SETUP_ADMIN_NAME: z.string().min(1).optional(),
  GESIM_SETUP_ADMIN_PASSWORD: z.string().min(1).optional(),
  /** Set by npm to the folder the command was typed in; relative paths are resolved from it. */
  INIT_CWD: z.string().min(1).optional(),
  /** 1: print the full error (it may contain data values) instead of its class only. */
  GESIM_DEBUG: z.enum(["0", "1"], { error: "GESIM_DEBUG must be 0 or 1" }).optional(),
});
export type CliEnv = z.infer<typeof CliEnvSchema>;

export class CliEnvError extends Error {
  override name = "CliEnvError";
}

/** Validates an environment (empty values count as unset). */
export function readCliEnv(env: Record<string, string | undefined>): CliEnv {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = CliEnvSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new CliEnvError(`Invalid environment: ${problems}`);
  }
  return result.data;
}

/** This process's settings. */
export function readProcessCliEnv(): CliEnv {
  return readCliEnv(process.env);
}
