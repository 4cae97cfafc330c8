import { DEFAULT_FUNDER_RELEASE_MAX_AGE_HOURS } from "@gesim/api";
import { DEFAULT_DOCUMENT_MAX_BYTES, DOCUMENT_MAX_BYTES_LIMIT } from "@gesim/core";
import { z } from "zod";

const MEGABYTE = 1024 * 1024;

/** GESIM_DOCUMENT_MAX_MB in bytes. */
export function documentMaxBytes(env: Pick<Env, "GESIM_DOCUMENT_MAX_MB">): number {
  return Math.floor(env.GESIM_DOCUMENT_MAX_MB * MEGABYTE);
}

const EnvSchema = z
  .object({
    DATABASE_URL: z.url({ error: "DATABASE_URL must be a postgres:// connection URL" }).optional(),
    GESIM_DATA_DIR: z.string().min(1).optional(),
    GESIM_ENCRYPTION_KEY: z.string().min(1).optional(),
    GESIM_ENCRYPTION_PREVIOUS_KEYS: z.string().min(1).optional(),
    /** HMAC key for the audit checkpoints outside the database (issue 15; at least 32 bytes, base64 or hex). */
    GESIM_AUDIT_KEY: z.string().min(1).optional(),
    /** The append-only checkpoint and erasure-register file (default beside the embedded data folder). */
    GESIM_AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
    GESIM_DEMO: z
      .enum(["0", "1"], { error: "GESIM_DEMO must be 0 or 1" })
      .transform((v) => v === "1")
      .optional(),
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    /** 1 behind one TLS-terminating proxy: trust its X-Forwarded-* headers (https, client address). */
    GESIM_TRUST_PROXY: z
      .enum(["0", "1"], { error: "GESIM_TRUST_PROXY must be 0 or 1" })
      .transform((v) => v === "1")
      .optional(),
    /**
     * With GESIM_TRUST_PROXY=1: the proxies whose X-Forwarded-For is believed, comma-separated
     * addresses or CIDR ranges (or Express's names loopback, linklocal, uniquelocal). Default:
     * loopback, a proxy on the same host. Any other client's X-Forwarded-For is ignored.
     */
    GESIM_TRUSTED_PROXIES: z
      .string()
      .transform((list) =>
        list
          .split(",")
          .map((entry) => entry.trim())
          .filter((entry) => entry !== ""),
      )
      .pipe(
        z
          .array(
            z.union([z.enum(["loopback", "linklocal", "uniquelocal"]), z.cidrv4(), z.cidrv6(), z.ipv4(), z.ipv6()]),
            { error: "GESIM_TRUSTED_PROXIES must list IP addresses or CIDR ranges, separated by commas" },
          )
          .min(1, { error: "GESIM_TRUSTED_PROXIES must list at least one address" }),
      )
      .default(["loopback"]),
    GESIM_LOGIN_LIMIT_PER_MINUTE: z.coerce
      .number({ error: "GESIM_LOGIN_LIMIT_PER_MINUTE must be a whole number" })
      .int()
      .min(1)
      .default(10),
    /** Hours between runs of the in-process retention job; 0 turns it off (run `npm run retention` from cron). */
    GESIM_RETENTION_INTERVAL_HOURS: z.coerce
      .number({ error: "GESIM_RETENTION_INTERVAL_HOURS must be a number of hours (0 to turn it off)" })
      .min(0, { error: "GESIM_RETENTION_INTERVAL_HOURS must be a number of hours (0 to turn it off)" })
      .max(24 * 366)
      .default(24),
    /** Hours between runs of the in-process monthly-snapshot job (issue 18); 0 turns it off (run `npm run snapshots` from cron). */
    GESIM_SNAPSHOT_INTERVAL_HOURS: z.coerce
      .number({ error: "GESIM_SNAPSHOT_INTERVAL_HOURS must be a number of hours (0 to turn it off)" })
      .min(0, { error: "GESIM_SNAPSHOT_INTERVAL_HOURS must be a number of hours (0 to turn it off)" })
      .max(24 * 366)
      .default(24),
    GESIM_REQUEST_LIMIT_PER_MINUTE: z.coerce
      .number({ error: "GESIM_REQUEST_LIMIT_PER_MINUTE must be a whole number" })
      .int()
      .min(1)
      .default(600),
    /** Indicators and exports, per address and per account. */
    GESIM_EXPENSIVE_LIMIT_PER_MINUTE: z.coerce
      .number({ error: "GESIM_EXPENSIVE_LIMIT_PER_MINUTE must be a whole number" })
      .int()
      .min(1)
      .default(30),
    /** Sign-out after this many seconds without a request (30 minutes; at least 20 s, at most 12 hours). */
    GESIM_SESSION_IDLE_SECONDS: z.coerce
      .number({ error: "GESIM_SESSION_IDLE_SECONDS must be a whole number of seconds" })
      .int({ error: "GESIM_SESSION_IDLE_SECONDS must be a whole number of seconds" })
      .min(20, { error: "GESIM_SESSION_IDLE_SECONDS must be at least 20" })
      .max(43_200, { error: "GESIM_SESSION_IDLE_SECONDS must be at most 43200 (12 hours)" })
      .default(1800),
    /** Hours after which a stored funder release WITHOUT noise is recomputed (late data entry); noised releases never are (ADR 009). */
    GESIM_FUNDER_RELEASE_MAX_AGE_HOURS: z.coerce
      .number({ error: "GESIM_FUNDER_RELEASE_MAX_AGE_HOURS must be a number of hours (at least 1, at most 8784)" })
      .min(1, { error: "GESIM_FUNDER_RELEASE_MAX_AGE_HOURS must be a number of hours (at least 1, at most 8784)" })
      .max(24 * 366, {
        error: "GESIM_FUNDER_RELEASE_MAX_AGE_HOURS must be a number of hours (at least 1, at most 8784)",
      })
      .default(DEFAULT_FUNDER_RELEASE_MAX_AGE_HOURS),
    /** The staff's daily digest goes through this SMTP server (smtp:// or smtps://, with user and password); unset: no mail. */
    SMTP_URL: z
      .url({
        protocol: /^smtps?$/,
        error: "SMTP_URL must be an smtp:// or smtps:// URL, such as smtps://user:password@mail.example.org",
      })
      .optional(),
    /** The sender of the digest, such as planner@ngo.example. */
    GESIM_MAIL_FROM: z.email({ error: "GESIM_MAIL_FROM must be an e-mail address" }).optional(),
    /** The planner's public address (https://…), for the link in the digest. */
    GESIM_PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: "GESIM_PUBLIC_URL must be the planner's http(s):// address" })
      .optional(),
    /** The digest goes out from this hour on each organisation's clock (0–23). */
    GESIM_DIGEST_HOUR: z.coerce
      .number({ error: "GESIM_DIGEST_HOUR must be an hour from 0 to 23" })
      .int({ error: "GESIM_DIGEST_HOUR must be an hour from 0 to 23" })
      .min(0, { error: "GESIM_DIGEST_HOUR must be an hour from 0 to 23" })
      .max(23, { error: "GESIM_DIGEST_HOUR must be an hour from 0 to 23" })
      .default(7),
    /** The largest document (scan, photo, PDF) a user may attach, in megabytes (issue 19; 10 by default, at most 50). */
    GESIM_DOCUMENT_MAX_MB: z.coerce
      .number({ error: "GESIM_DOCUMENT_MAX_MB must be a number of megabytes (more than 0, at most 50)" })
      .positive({ error: "GESIM_DOCUMENT_MAX_MB must be a number of megabytes (more than 0, at most 50)" })
      .max(DOCUMENT_MAX_BYTES_LIMIT / MEGABYTE, {
        error: "GESIM_DOCUMENT_MAX_MB must be a number of megabytes (more than 0, at most 50)",
      })
      .default(DEFAULT_DOCUMENT_MAX_BYTES / MEGABYTE),
  })
  .superRefine((env, context) => {
    if (!env.SMTP_URL) return;
    for (const key of ["GESIM_MAIL_FROM", "GESIM_PUBLIC_URL"] as const)
      if (!env[key])
        context.addIssue({ code: "custom", path: [key], message: `${key} is needed when SMTP_URL is set` });
  });
export type Env = z.infer<typeof EnvSchema>;

/** The only place that reads process.env; a bad setting stops start-up with a clear message. */
export function readEnv(env: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return result.data;
}

/** The server's settings from this process's environment. */
export function readProcessEnv(): Env {
  return readEnv(process.env);
}

/** The logger's level: LOG_LEVEL, else "warn" under tests and "info" otherwise (read before the full env is parsed). */
export function logLevel(): string {
  return process.env.LOG_LEVEL || (process.env.NODE_ENV === "test" ? "warn" : "info");
}
