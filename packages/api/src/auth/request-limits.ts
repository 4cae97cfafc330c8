import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";

/**
 * Per-account request limits (issue 7), next to the per-address limits of the web server:
 * sign-in attempts per account (whatever address they come from) and expensive calls
 * (indicators, exports) per signed-in user. Fixed one-minute windows, counted in this process
 * (behind several processes, each counts its own). Keys are hashed: no email is kept in memory.
 */
export type LimitBucket = "login" | "expensive";
export type RequestLimits = {
  /** Counts one request; false when the key is over its limit for the current minute. */
  hit(bucket: LimitBucket, key: string, now: Date): boolean;
};

const WINDOW_MS = 60_000;
const MAX_TRACKED = 10_000;

/** The procedures that read much or hand data out: limited per account. */
export function isExpensive(path: string): boolean {
  return path.startsWith("indicators.") || path === "clients.subjectAccessExport";
}

export function createRequestLimits(perMinute: Record<LimitBucket, number>): RequestLimits {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(bucket, key, now) {
      const at = now.getTime();
      if (windows.size > MAX_TRACKED) {
        for (const [k, w] of windows) if (at - w.start >= WINDOW_MS) windows.delete(k);
      }
      const id = `${bucket}:${createHash("sha256").update(key).digest("base64url")}`;
      const current = windows.get(id);
      if (!current || at - current.start >= WINDOW_MS) {
        windows.set(id, { start: at, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= perMinute[bucket];
    },
  };
}

/**
 * The procedures that check a password or a code, or hash one: each call costs a password
 * hash or a guess, so each is limited and none may ride in a batch (ADR 015).
 */
export function isSignInProcedure(path: string): boolean {
  return path === "auth.login" || path.startsWith("auth.totp.") || path === "admin.users.create";
}

/** The most calls one tRPC batch may hold; the web server and the tRPC handler both refuse more. */
export const MAX_BATCH_CALLS = 10;

/**
 * Refuses a batch that is too large or holds a sign-in procedure (for the tRPC handler's
 * `createContext`, which sees the calls as tRPC resolved them, whatever their URL encoding).
 */
export function assertBatchAllowed(info: { isBatchCall: boolean; calls: readonly { path: string }[] }): void {
  if (!info.isBatchCall) return;
  if (info.calls.length > MAX_BATCH_CALLS || info.calls.some((call) => isSignInProcedure(call.path)))
    throw new TRPCError({ code: "BAD_REQUEST", message: "error.batchRefused" });
}
