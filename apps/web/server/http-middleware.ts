import { randomUUID } from "node:crypto";
import { isExpensive, isSignInProcedure, MAX_BATCH_CALLS } from "@gesim/api";
import { isLocale, negotiateLocale, translate } from "@gesim/core";
import type express from "express";
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
  if (/^\/+api\//i.test(req.path))
    res.status(429).json({ error: { message, code: -32029, data: { code: "TOO_MANY_REQUESTS", httpStatus: 429 } } });
  else res.status(429).type("text/plain; charset=utf-8").send(message);
}

export type RateLimitSettings = { loginPerMinute: number; requestsPerMinute: number; expensivePerMinute: number };

const WINDOW_MS = 60_000;
const MAX_TRACKED = 10_000;

/** A fixed one-minute window per address that counts several calls at once (one per procedure call). */
function windowCounter(limit: number) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Counts `calls` calls; false when the address is over its limit for this minute. */
    hit(key: string, calls: number, at: number): { allowed: boolean; resetMs: number } {
      if (windows.size > MAX_TRACKED) for (const [k, w] of windows) if (at - w.start >= WINDOW_MS) windows.delete(k);
      let current = windows.get(key);
      if (!current || at - current.start >= WINDOW_MS) {
        current = { start: at, count: 0 };
        windows.set(key, current);
      }
      current.count += calls;
      return { allowed: current.count <= limit, resetMs: current.start + WINDOW_MS - at };
    },
  };
}

/**
 * Per-address request limits, counted per procedure call, not per HTTP request (ADR 015):
 * sign-in attempts (10 a minute by default; accounts also lock after five wrong passwords or
 * codes), indicators and exports (30 a minute) and everything else (600 a minute, enough for a
 * busy office). A tRPC batch counts each of its calls, may hold at most MAX_BATCH_CALLS and
 * never a sign-in. Paths are compared as the router resolves them (percent-decoded, any case,
 * trailing slashes and `.data` ignored). The API adds the same limits per account
 * (@gesim/api request-limits). The counters live in this process; behind several processes,
 * put the limit in the proxy. The 429 is in the reader's language.
 */
export function createRateLimits({ loginPerMinute, requestsPerMinute, expensivePerMinute }: RateLimitSettings) {
  const login = windowCounter(loginPerMinute);
  const expensive = windowCounter(expensivePerMinute);
  const general = windowCounter(requestsPerMinute);
  return function rateLimits(req: express.Request, res: express.Response, next: express.NextFunction) {
    const calls = callsOf(req);
    if (calls === "malformed") return refuseBatch(req, res, "error.invalidInput");
    if (calls.path === "/healthz") return next();
    if (calls.trpc.length > 1 && (calls.trpc.length > MAX_BATCH_CALLS || calls.trpc.some(isSignInProcedure)))
      return refuseBatch(req, res, "error.batchRefused");
    const key = req.ip ?? "unknown";
    const at = Date.now();
    const signIns = calls.trpc.length ? calls.trpc.filter(isSignInProcedure).length : calls.signInPage ? 1 : 0;
    const costly = calls.trpc.length ? calls.trpc.filter(isExpensive).length : isExpensivePage(calls.path) ? 1 : 0;
    const checks = [
      signIns > 0 ? login.hit(key, signIns, at) : null,
      costly > 0 ? expensive.hit(key, costly, at) : null,
      signIns > 0 ? null : general.hit(key, Math.max(1, calls.trpc.length), at),
    ].filter((check) => check !== null);
    const refused = checks.find((check) => !check.allowed);
    if (refused) {
      res.setHeader("Retry-After", String(Math.max(1, Math.ceil(refused.resetMs / 1000))));
      return tooMany(req, res);
    }
    return next();
  };
}

type Calls = { path: string; trpc: string[]; signInPage: boolean };

/**
 * What a request calls, as the routers will see it: its path percent-decoded, lower-cased,
 * without repeated or trailing slashes and without React Router's `.data` suffix; for
 * /api/trpc the procedure paths (a batch split at its commas).
 */
function callsOf(req: express.Request): Calls | "malformed" {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return "malformed";
  }
  path = path.toLowerCase().replace(/\/{2,}/g, "/");
  path = path.replace(/\.data$/, "").replace(/\/+$/, "") || "/";
  const trpc = /^\/api\/trpc\/(.*)$/.exec(path)?.[1];
  // Procedure names are case-sensitive for tRPC; the decoded original keeps their case.
  const procedures =
    trpc === undefined
      ? []
      : decodeURIComponent(req.path)
          .replace(/^\/+api\/+trpc\/+/i, "")
          .replace(/\/+$/, "")
          .split(",");
  const signInPage =
    req.method !== "GET" && req.method !== "HEAD" && (path === "/login" || path === "/login/second-factor");
  return { path, trpc: procedures, signInPage };
}

function refuseBatch(req: express.Request, res: express.Response, key: "error.batchRefused" | "error.invalidInput") {
  const message = translate(localeOf(req), key);
  res.status(400).json({ error: { message, code: -32600, data: { code: "BAD_REQUEST", httpStatus: 400 } } });
}

/** The subject-access pages and file (their tRPC calls are counted by procedure). */
function isExpensivePage(path: string): boolean {
  return /^\/clients\/[^/]+\/subject-access(\.json)?$/.test(path);
}
