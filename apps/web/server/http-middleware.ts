import { randomUUID } from "node:crypto";
import { isLocale, negotiateLocale, translate } from "@gesim/core";
import type express from "express";
import { rateLimit } from "express-rate-limit";
import { pinoHttp } from "pino-http";
import { logger, pathOnly } from "../app/server/logger.server.ts";
import { LOCALE_COOKIE } from "../app/server/session-cookie.server.ts";

/** Request log lines: id, method, path (no query), status, duration. */
export const requestLogger = pinoHttp({
  logger,
  genReqId: (_req, res) => {
    const id = randomUUID();
    res.setHeader("X-Request-Id", id);
    return id;
  },
  serializers: {
    req: (req: { id: string; method: string; url: string }) => ({
      id: req.id,
      method: req.method,
      path: pathOnly(req.url),
    }),
    res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
  },
  customLogLevel: (_req, res, error) =>
    error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
  autoLogging: { ignore: (req) => (req.url ?? "").startsWith("/assets/") || req.url === "/healthz" },
});

/** The reader's language: the language cookie, else Accept-Language. */
function localeOf(req: express.Request) {
  const chosen = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]{2})`).exec(req.headers.cookie ?? "")?.[1];
  return isLocale(chosen) ? chosen : negotiateLocale(req.headers["accept-language"]);
}

function tooMany(req: express.Request, res: express.Response) {
  const message = translate(localeOf(req), "error.tooManyRequests");
  if (req.path.startsWith("/api/"))
    res.status(429).json({ error: { message, code: -32029, data: { code: "TOO_MANY_REQUESTS", httpStatus: 429 } } });
  else res.status(429).type("text/plain; charset=utf-8").send(message);
}

export type RateLimitSettings = { loginPerMinute: number; requestsPerMinute: number; expensivePerMinute: number };

/**
 * Per-address request limits: sign-in attempts (10 a minute by default; accounts also lock
 * after five wrong passwords), indicators and exports (30 a minute) and everything else (600
 * a minute, enough for a busy office). The API adds the same limits per account
 * (@gesim/api request-limits). The counters live in this process; behind several processes,
 * put the limit in the proxy. The 429 is in the reader's language.
 */
export function createRateLimits({ loginPerMinute, requestsPerMinute, expensivePerMinute }: RateLimitSettings) {
  const options = { windowMs: 60_000, standardHeaders: "draft-8", legacyHeaders: false, handler: tooMany } as const;
  const login = rateLimit({ ...options, limit: loginPerMinute });
  const expensive = rateLimit({ ...options, limit: expensivePerMinute });
  const general = rateLimit({ ...options, limit: requestsPerMinute });
  return function rateLimits(req: express.Request, res: express.Response, next: express.NextFunction) {
    if (isLoginAttempt(req)) return login(req, res, next);
    if (req.path === "/healthz") return next();
    if (isExpensiveRequest(req)) return expensive(req, res, () => general(req, res, next));
    return general(req, res, next);
  };
}

/** Indicators and exports: over tRPC, and the subject-access pages and file. */
function isExpensiveRequest(req: express.Request): boolean {
  const trpc = /^\/api\/trpc\/(.+)$/.exec(req.path)?.[1];
  if (trpc)
    return trpc.split(",").some((path) => path.startsWith("indicators.") || path === "clients.subjectAccessExport");
  return /^\/clients\/[^/]+\/subject-access(\.json|\.data)?$/.test(req.path);
}

function isLoginAttempt(req: express.Request): boolean {
  return (
    req.method === "POST" &&
    (req.path === "/login" || req.path === "/login.data" || req.path === "/api/trpc/auth.login")
  );
}
