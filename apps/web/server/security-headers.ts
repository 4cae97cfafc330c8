import { randomBytes } from "node:crypto";
import type express from "express";

/**
 * The Content-Security-Policy of every response. Scripts run only from our own origin or with
 * this response's nonce (React Router's inline hydration and scroll scripts carry it); there
 * is no 'unsafe-inline' for scripts or styles. See docs/decisions/007-security-headers.md.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The per-request CSP nonce set by `securityHeaders` (read by getLoadContext). */
export function getCspNonce(res: express.Response): string {
  const nonce: unknown = res.locals.cspNonce;
  if (typeof nonce !== "string") throw new Error("securityHeaders must run before the request handler");
  return nonce;
}

/**
 * Headers for every response. Pages hold sensitive data: nothing is cached, nothing may frame
 * them, no address leaks in a Referer (not even to ourselves), and HSTS once on https.
 */
export function securityHeaders(req: express.Request, res: express.Response, next: express.NextFunction) {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  if (!req.path.startsWith("/assets/")) {
    res.setHeader("Cache-Control", "no-store");
    // React Router appends its routes' headers: a route's own Cache-Control replaces this
    // default rather than joining it ("no-store, no-store").
    const append = res.append.bind(res);
    res.append = (field: string, value?: string | string[]) => {
      if (field.toLowerCase() === "cache-control") res.removeHeader("Cache-Control");
      return append(field, value);
    };
  }
  next();
}

/**
 * Under `Referrer-Policy: no-referrer` browsers send `Origin: null` on every POST, even from
 * our own pages (Fetch standard, "serializing a request origin"), and React Router's CSRF
 * check refuses `Origin: null`. `Sec-Fetch-Site` (a header pages cannot set) still tells where
 * the request came from: a null-origin POST marked `same-origin` loses its meaningless Origin
 * header; any other null-origin POST (sandboxed frame, data: page, old browser) is refused.
 */
export function nullOriginGuard(req: express.Request, res: express.Response, next: express.NextFunction) {
  if (req.method === "GET" || req.method === "HEAD" || req.headers.origin !== "null") return next();
  if (req.headers["sec-fetch-site"] !== "same-origin") {
    res.status(403).type("text/plain").send("This form was sent from outside GeSIM Planner and was refused.");
    return;
  }
  delete req.headers.origin;
  next();
}
