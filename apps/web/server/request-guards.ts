import { DEFAULT_DOCUMENT_MAX_BYTES, isLocale, type MessageKey, negotiateLocale, translate } from "@gesim/core";
import type express from "express";
import { LOCALE_COOKIE } from "../app/server/session-cookie.server.ts";

/**
 * Guards every request passes before React Router or the API sees it (issue 14; ADR 007):
 * where it may come from, how it may be sent, and how large it may be. Each refusal is a
 * clear 4xx in the reader's language (JSON shaped like a tRPC error on /api).
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function localeOf(req: express.Request) {
  const chosen = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]{2})`).exec(req.headers.cookie ?? "")?.[1];
  return isLocale(chosen) ? chosen : negotiateLocale(req.headers["accept-language"]);
}

/**
 * The path as the router matches it: percent-decoded, lower-case (React Router matches routes
 * whatever their case), repeated slashes as one. Every guard compares this, never `req.path`,
 * so `/API/trpc` or `/Indicators` cannot walk past a check the router would still serve.
 * Null when the path cannot be decoded.
 */
export function routedPath(req: express.Request): string | null {
  try {
    return decodeURIComponent(req.path)
      .toLowerCase()
      .replace(/\/{2,}/g, "/");
  } catch {
    return null;
  }
}

/** A `.` or `..` segment, or a backslash (which some parsers read as a slash), once decoded. */
const DOT_SEGMENT = /(^|\/)\.{1,2}(\/|$)|\\/;

/**
 * Paths in normal form only (issue 14; found by the attack review): a browser resolves `.` and
 * `..` before it sends a URL, so a path that still holds them (`/./login`, `/x/../login`, also
 * percent-encoded) comes from a script trying to reach a route under another spelling than
 * the one the limits and guards count. Refused with 400, as is a path that cannot be decoded.
 */
export function canonicalPathGuard(req: express.Request, res: express.Response, next: express.NextFunction) {
  const path = routedPath(req);
  if (path === null || DOT_SEGMENT.test(path) || DOT_SEGMENT.test(req.path))
    return refuse(req, res, 400, "error.invalidInput", "BAD_REQUEST");
  next();
}

function refuse(req: express.Request, res: express.Response, status: number, key: MessageKey, code: string) {
  const message = translate(localeOf(req), key);
  if ((routedPath(req) ?? req.path).startsWith("/api/"))
    res.status(status).json({ error: { message, code: -32600, data: { code, httpStatus: status } } });
  else res.status(status).type("text/plain; charset=utf-8").send(message);
}

/**
 * State-changing requests (any method but GET, HEAD, OPTIONS) on every route, pages and
 * resource routes alike (`/logout`, `/language`, `/session/keep-alive`, `/indicators/export`,
 * `/api/trpc`): a browser's `Sec-Fetch-Site` must say `same-origin` (or `none`, typed by the
 * user), and an `Origin` header must be this server's own origin. Clients that send neither
 * (scripts with a bearer token) are not browsers and cannot carry a victim's cookie.
 * Runs after `nullOriginGuard`, which handles `Origin: null` from our own no-referrer pages.
 */
export function originGuard(req: express.Request, res: express.Response, next: express.NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none")
    return refuse(req, res, 403, "error.crossSite", "FORBIDDEN");
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `${req.protocol}://${req.host}`)
    return refuse(req, res, 403, "error.crossSite", "FORBIDDEN");
  next();
}

/** Procedures whose answer may spend a funder's privacy budget. */
const SPENDS_BUDGET = /^indicators\.funder(Export)?$/;

function trpcPaths(req: express.Request): string[] | null {
  if (!routedPath(req)?.startsWith("/api/trpc/")) return null;
  // Procedure names keep their case (tRPC's are case-sensitive); the prefix may be any case.
  const procedures = decodeURIComponent(req.path).replace(/^\/+api\/+trpc\/+/i, "");
  return procedures ? procedures.split(",") : null;
}

/**
 * The HTTP API: a call with a body (a mutation, or a query sent by POST) must be
 * `application/json`: an HTML form on another site can send only urlencoded, multipart or
 * text/plain bodies without a CORS preflight, and tRPC would read multipart as input.
 * Procedures that may spend privacy budget are never answered to a GET (they are queries:
 * send them by POST), so no link, image or prefetch can spend it.
 */
export function apiGuard(req: express.Request, res: express.Response, next: express.NextFunction) {
  const paths = trpcPaths(req);
  if (!paths) return next();
  if (!SAFE_METHODS.has(req.method)) {
    const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") {
      res.status(415).json({
        error: {
          message: "Send the API's input as application/json.",
          code: -32600,
          data: { code: "UNSUPPORTED_MEDIA_TYPE", httpStatus: 415 },
        },
      });
      return;
    }
  } else if (paths.some((path) => SPENDS_BUDGET.test(path))) {
    res.status(405).setHeader("Allow", "POST");
    res.json({
      error: {
        message: "This procedure may spend privacy budget: send it by POST.",
        code: -32600,
        data: { code: "METHOD_NOT_SUPPORTED", httpStatus: 405 },
      },
    });
    return;
  }
  next();
}

/**
 * Pages whose mere loading does something beyond showing: the funder's page (a first release
 * spends privacy budget), her subject-access file and page (an identity reveal at her
 * request, audited as such) and her printed plan. Answered only to navigations from our own
 * pages or typed by the user: a link, image or frame on another site cannot make a signed-in
 * browser spend budget or download a woman's data (`Sec-Fetch-Site`).
 */
const SIDE_EFFECT_PAGES = [
  /^\/indicators(\.data)?\/?$/,
  /^\/clients\/[^/]+\/subject-access(\.json|\.data)?\/?$/,
  /^\/clients\/[^/]+\/plan\/print(\.pdf|\.data)?\/?$/,
];

export function sideEffectPageGuard(req: express.Request, res: express.Response, next: express.NextFunction) {
  const path = routedPath(req) ?? "";
  if (!SAFE_METHODS.has(req.method) || !SIDE_EFFECT_PAGES.some((page) => page.test(path))) return next();
  const site = req.headers["sec-fetch-site"];
  if (site === "cross-site" || site === "same-site") return refuse(req, res, 403, "error.crossSite", "FORBIDDEN");
  next();
}

/** Largest request bodies, per kind of route (bytes). */
export const BODY_LIMITS = {
  /** Sign-in, sign-out, language, keep-alive: a few short fields. */
  small: 16 * 1024,
  /** The HTTP API (a batch of inputs; the longest text field is a note). */
  api: 1024 * 1024,
  /** Page forms (a plan with its goals and actions is the largest). */
  page: 512 * 1024,
} as const;

/** The documents page, where a file is uploaded (issue 19). */
const DOCUMENT_UPLOAD = /^\/clients\/[^/]+\/documents(\.data)?\/?$/;

/**
 * An upload may be up to twice the largest document (plus the form's other fields), so a file
 * somewhat too large reaches the page and gets its clear message there; a far larger one is refused here.
 */
export function documentUploadLimit(documentMaxBytes: number): number {
  return 2 * documentMaxBytes + 64 * 1024;
}

const SMALL_FORMS = /^\/(login(\/second-factor)?|logout|language|session\/keep-alive)(\.data)?\/?$/;

export function bodyLimitOf(path: string, documentMaxBytes = DEFAULT_DOCUMENT_MAX_BYTES): number {
  if (path.startsWith("/api/")) return BODY_LIMITS.api;
  if (DOCUMENT_UPLOAD.test(path)) return documentUploadLimit(documentMaxBytes);
  if (SMALL_FORMS.test(path)) return BODY_LIMITS.small;
  return BODY_LIMITS.page;
}

/**
 * Request body limits: a declared length above the route's limit is refused at once with 413,
 * before anything reads the body. A body without a declared length (chunked) is refused with
 * 411: browsers always declare the length of a form or fetch body.
 */
export function createBodyLimits(documentMaxBytes: number) {
  return (req: express.Request, res: express.Response, next: express.NextFunction) =>
    checkBodyLimit(req, res, next, documentMaxBytes);
}

/** The body limits with the default largest document (10 MB). */
export function bodyLimits(req: express.Request, res: express.Response, next: express.NextFunction) {
  checkBodyLimit(req, res, next, DEFAULT_DOCUMENT_MAX_BYTES);
}

function checkBodyLimit(
  req: express.Request,
  res: express.Response,
  next: express.NextFunction,
  documentMaxBytes: number,
) {
  if (SAFE_METHODS.has(req.method)) return next();
  const declared = req.headers["content-length"];
  if (declared === undefined) {
    if (req.headers["transfer-encoding"] === undefined) return next();
    res.setHeader("Connection", "close");
    return refuse(req, res, 411, "error.requestTooLarge", "LENGTH_REQUIRED");
  }
  if (Number(declared) > bodyLimitOf(routedPath(req) ?? req.path, documentMaxBytes)) {
    res.setHeader("Connection", "close");
    return refuse(req, res, 413, "error.requestTooLarge", "PAYLOAD_TOO_LARGE");
  }
  next();
}
