import { randomUUID } from "node:crypto";
import type express from "express";
import { rateLimit } from "express-rate-limit";
import { pinoHttp } from "pino-http";
import { logger, pathOnly } from "../app/server/logger.server.ts";

/** Request log lines: id, method, path (no query), status, duration. */
export const requestLogger = pinoHttp({
  logger,
  genReqId: (req, res) => {
    const id = randomUUID();
    res.setHeader("X-Request-Id", id);
    return id;
  },
  serializers: {
    req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: pathOnly(req.url) }),
    res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
  },
  customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
  autoLogging: { ignore: (req) => (req.url ?? "").startsWith("/assets/") || req.url === "/healthz" },
});

function tooMany(req: express.Request, res: express.Response) {
  const message = "Too many requests. Please wait a minute and try again.";
  if (req.path.startsWith("/api/")) res.status(429).json({ error: { message, code: -32029, data: { code: "TOO_MANY_REQUESTS", httpStatus: 429 } } });
  else res.status(429).type("text/plain").send(message);
}

/**
 * Per-address request limits: sign-in attempts (10 a minute by default; accounts also lock
 * after five wrong passwords) and everything else (600 a minute, enough for a busy office).
 * The counters live in this process; behind several processes, put the limit in the proxy.
 */
export function createRateLimits({ loginPerMinute, requestsPerMinute }: { loginPerMinute: number; requestsPerMinute: number }) {
  const options = { windowMs: 60_000, standardHeaders: "draft-8", legacyHeaders: false, handler: tooMany } as const;
  const login = rateLimit({ ...options, limit: loginPerMinute });
  const general = rateLimit({ ...options, limit: requestsPerMinute });
  return function rateLimits(req: express.Request, res: express.Response, next: express.NextFunction) {
    if (isLoginAttempt(req)) return login(req, res, next);
    if (req.path === "/healthz") return next();
    return general(req, res, next);
  };
}

function isLoginAttempt(req: express.Request): boolean {
  return req.method === "POST" && (req.path === "/login" || req.path === "/login.data" || req.path === "/api/trpc/auth.login");
}
