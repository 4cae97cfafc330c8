import * as serverBuild from "virtual:react-router/server-build";
import {
  type AuditSealer,
  assertKeysReadData,
  auditAnchorFrom,
  countOrganisations,
  createAuditSealer,
  createIndicatorCache,
  createRequestLimits,
  createSmtpSender,
  DEMO_PASSWORD,
  DEMO_USERS,
  embeddedKeyPath,
  encryptLegacyNarrative,
  type FieldCipher,
  type IndicatorCache,
  loadFieldCipher,
  type RequestLimits,
  seedDemoIfEmpty,
} from "@gesim/api";
import { createDb, type DbHandle, DEFAULT_DATA_DIR } from "@gesim/db";
import { createRequestHandler } from "@react-router/express";
import express from "express";
import { RouterContextProvider } from "react-router";
import { cspNonceContext } from "../app/server/csp-nonce.server.ts";
import { dbContext } from "../app/server/db-context.server.ts";
import { documentMaxBytes, readProcessEnv } from "../app/server/env.server.ts";
import { logger } from "../app/server/logger.server.ts";
import { requestIdContext } from "../app/server/request-id.server.ts";
import { createRateLimits, type RateLimitSettings, requestLogger } from "./http-middleware.ts";
import { startDigestTimer, startRetentionTimer, startSnapshotTimer } from "./periodic-jobs.ts";
import { apiGuard, canonicalPathGuard, createBodyLimits, originGuard, sideEffectPageGuard } from "./request-guards.ts";
import { getCspNonce, nullOriginGuard, securityHeaders } from "./security-headers.ts";

export type Startup = {
  handle: DbHandle;
  cipher: FieldCipher;
  dbKind: DbHandle["kind"];
  banner: string[];
  rateLimits: RateLimitSettings;
  /** Per-account limits (sign-in per account, expensive calls per user), checked by the API. */
  accountLimits: RequestLimits;
  /** Chains audit events after their requests commit (ADR 010). */
  auditSealer: AuditSealer;
  /** Express's "trust proxy": false, or the proxy addresses whose X-Forwarded-* headers count. */
  trustProxy: false | string[];
  sessionIdleMs: number;
  /** Age after which a stored funder release without noise is recomputed. */
  funderReleaseMaxAgeMs: number;
  /** The dashboard indicators' freshness window, one per server process (ADR 008). */
  dashboardCache: IndicatorCache;
  /** The largest document upload, in bytes (GESIM_DOCUMENT_MAX_MB). */
  documentMaxBytes: number;
  close(): Promise<void>;
};

/**
 * Opens the database, applies pending migrations and, where allowed, seeds the demo.
 * The demo (known passwords) seeds the embedded database by default, and a real server only
 * with GESIM_DEMO=1, so a production database never gets demo accounts.
 */
export async function startServer(): Promise<Startup> {
  const env = readProcessEnv();
  const { cipher, warning } = loadFieldCipher({
    activeKey: env.GESIM_ENCRYPTION_KEY,
    previousKeys: env.GESIM_ENCRYPTION_PREVIOUS_KEYS,
    embeddedDataDir: env.DATABASE_URL ? undefined : (env.GESIM_DATA_DIR ?? DEFAULT_DATA_DIR),
  });
  const handle = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.GESIM_DATA_DIR });
  await handle.migrate();
  // Refuse to start when the key cannot read what is stored (issue 15, item 7), rather than answer 500 later.
  let encryptedRows = 0;
  try {
    await assertKeysReadData(
      handle.db,
      cipher,
      env.DATABASE_URL || env.GESIM_ENCRYPTION_KEY
        ? undefined
        : embeddedKeyPath(env.GESIM_DATA_DIR ?? DEFAULT_DATA_DIR),
    );
    // Narrative written before it was encrypted (issue 15 item 4) is encrypted now, before serving.
    const encrypted = await encryptLegacyNarrative(handle.db, cipher);
    encryptedRows = Object.values(encrypted).reduce((a, b) => a + b, 0);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const banner: string[] = warning ? [`Warning: ${warning}`] : [];
  if (encryptedRows > 0)
    banner.push(`Encrypted the narrative of ${encryptedRows} rows stored before it was encrypted.`);
  const demoWanted = env.GESIM_DEMO ?? handle.kind === "pglite";
  if (demoWanted) {
    const seeded = await seedDemoIfEmpty(handle.db, new Date().toISOString().slice(0, 10), cipher);
    banner.push(seeded ? "Demo data created. Demo logins:" : "Demo logins:");
    for (const user of DEMO_USERS)
      banner.push(`  ${user.email.padEnd(26)} ${user.role.padEnd(11)} password: ${DEMO_PASSWORD}`);
  }
  if ((await countOrganisations(handle.db)) === 0)
    banner.push(
      "No organisation exists yet. Stop the server and run `npm run setup` to create your organisation and its first administrator (see docs/deploy.md).",
    );
  const rateLimits = {
    loginPerMinute: env.GESIM_LOGIN_LIMIT_PER_MINUTE,
    requestsPerMinute: env.GESIM_REQUEST_LIMIT_PER_MINUTE,
    expensivePerMinute: env.GESIM_EXPENSIVE_LIMIT_PER_MINUTE,
  };
  const accountLimits = createRequestLimits({
    login: env.GESIM_LOGIN_LIMIT_PER_MINUTE,
    expensive: env.GESIM_EXPENSIVE_LIMIT_PER_MINUTE,
  });
  const retention = startRetentionTimer(handle.db, env.GESIM_RETENTION_INTERVAL_HOURS);
  const mail =
    env.SMTP_URL && env.GESIM_MAIL_FROM && env.GESIM_PUBLIC_URL
      ? createSmtpSender(env.SMTP_URL, env.GESIM_MAIL_FROM)
      : null;
  const digest = mail
    ? startDigestTimer(handle.db, { send: mail, appUrl: env.GESIM_PUBLIC_URL ?? "", fromHour: env.GESIM_DIGEST_HOUR })
    : null;
  const snapshots = startSnapshotTimer(handle.db, env.GESIM_SNAPSHOT_INTERVAL_HOURS);
  const anchor = auditAnchorFrom({
    key: env.GESIM_AUDIT_KEY,
    file: env.GESIM_AUDIT_ANCHOR_FILE,
    dataDir: env.GESIM_DATA_DIR,
  });
  if (!anchor.key)
    banner.push("Warning: GESIM_AUDIT_KEY is not set: the audit trail is not anchored outside the database.");
  const auditSealer = createAuditSealer(handle.db, {
    anchor,
    onError: (error) =>
      logger.error(
        { err: { type: error instanceof Error ? error.name : typeof error } },
        "audit sealing failed; pending events are retried",
      ),
  });
  const close = async () => {
    await retention.stop();
    await digest?.stop();
    mail?.close();
    await snapshots.stop();
    await auditSealer.stop();
    await handle.close();
  };
  return {
    handle,
    cipher,
    dbKind: handle.kind,
    banner,
    rateLimits,
    accountLimits,
    auditSealer,
    trustProxy: env.GESIM_TRUST_PROXY ? env.GESIM_TRUSTED_PROXIES : false,
    sessionIdleMs: env.GESIM_SESSION_IDLE_SECONDS * 1000,
    funderReleaseMaxAgeMs: env.GESIM_FUNDER_RELEASE_MAX_AGE_HOURS * 3_600_000,
    dashboardCache: createIndicatorCache(),
    documentMaxBytes: documentMaxBytes(env),
    close,
  };
}

export function createApp(startup: Startup) {
  const app = express();
  app.disable("x-powered-by");
  // Only the configured proxies' X-Forwarded-For counts: a client that reaches the server
  // directly cannot choose the address the per-address limits count (issue 14, item 9).
  if (startup.trustProxy) app.set("trust proxy", startup.trustProxy);
  app.use(requestLogger);
  app.use(securityHeaders);
  app.use(canonicalPathGuard);
  app.use(createBodyLimits(startup.documentMaxBytes));
  app.use(nullOriginGuard);
  app.use(originGuard);
  app.use(apiGuard);
  app.use(sideEffectPageGuard);
  app.use(createRateLimits(startup.rateLimits));
  app.use(
    createRequestHandler({
      // The build itself, not a function returning it: React Router derives its routes and
      // static handler once for a build object, but again on every request for a function.
      build: serverBuild,
      getLoadContext(_req, res) {
        const context = new RouterContextProvider();
        context.set(dbContext, {
          ...startup.handle,
          cipher: startup.cipher,
          limits: startup.accountLimits,
          auditSealer: startup.auditSealer,
          sessionIdleMs: startup.sessionIdleMs,
          funderReleaseMaxAgeMs: startup.funderReleaseMaxAgeMs,
          dashboardCache: startup.dashboardCache,
          documentMaxBytes: startup.documentMaxBytes,
        });
        context.set(cspNonceContext, getCspNonce(res));
        context.set(requestIdContext, String(res.getHeader("X-Request-Id") ?? ""));
        return context;
      },
    }),
  );
  return app;
}
