import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { data } from "react-router";

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
