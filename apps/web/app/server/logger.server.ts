import pino from "pino";
import { logLevel } from "./env.server.ts";

/**
 * The one logger: structured JSON lines with request ids. Never personal data: no bodies, no
 * query strings (a search box may hold a name), no cookies or authorisation headers, no IP
 * addresses; errors are logged by type and message.
 */
export const logger = pino({
  level: logLevel(),
  base: { service: "gesim-web" },
  redact: { paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'], remove: true },
});

/** The path of a URL without its query string or fragment. */
export function pathOnly(url: string): string {
  return url.split(/[?#]/)[0] ?? "/";
}
