import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { data } from "react-router";
import { logger } from "./logger.server.ts";

/**
 * Turns an API error met in a loader into the matching HTTP response (400, 401, 403, 404,
 * 409…) for the error boundary; anything else is rethrown and reaches the root boundary.
 */
export function rethrowAsResponse(error: unknown): never {
  if (error instanceof TRPCError) {
    const status = getHTTPStatusCodeFromError(error);
    if (status < 500) throw data(null, { status });
  }
  throw error;
}

/**
 * Server errors are logged with the request's id and the error's class (and a database error's
 * SQLSTATE code) and where it was thrown: never its message, which may quote a value from the
 * request, nor bodies, URLs with queries or other data that could identify a woman. The error
 * page shows the same id (root.tsx). Aborted requests and unknown paths (404) are not errors.
 */
export function logServerError(error: unknown, requestId: string) {
  if (error instanceof Error) {
    const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
    const cause = error.cause instanceof Error ? error.cause.name : undefined;
    const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
    logger.error({ requestId, err: { type: error.name, code, cause, stack: frames.join("\n") } }, "server error");
  } else logger.error({ requestId }, "server error: a non-Error value was thrown");
}
