import type { Database } from "@gesim/db";
import { vacuumErasureTables } from "../operations/vacuum.ts";
import { type AuditAnchor, createAnchorWriter } from "./anchor.ts";
import { sealPendingAuditEvents } from "./record-audit.ts";

/**
 * Chains committed audit events soon after each request (ADR 010), off the request's path:
 * `request()` after a request's transaction commits; requests during a run coalesce into one
 * more run after it, so under load each run seals a batch of many events in one short
 * transaction per chain. A sweep every `sweepMs` (and one at start) seals what a crash or
 * another process left pending. `stop()` ends the sweep, waits for the run in progress and
 * seals what is left. Errors go to `onError` (never with event data) and the next run retries.
 */
export type AuditSealer = {
  request(): void;
  /** Resolves when no run is in progress or asked for. */
  idle(): Promise<void>;
  stop(): Promise<void>;
};

export type AuditSealerOptions = {
  /** How often pending events are looked for without a request (default one minute; 0: never). */
  sweepMs?: number;
  onError?: (error: unknown) => void;
  /** Runs one sealing pass (the default seals every pending event); tests replace it. */
  seal?: (db: Database) => Promise<number>;
  /** After each pass: checkpoints and the erasure register outside the database (anchor.ts, issue 15). */
  anchor?: AuditAnchor | null;
};

export function createAuditSealer(
  db: Database,
  { sweepMs = 60_000, onError = () => {}, seal = sealPendingAuditEvents, anchor = null }: AuditSealerOptions = {},
): AuditSealer {
  const writeAnchor = anchor ? createAnchorWriter(anchor) : null;
  const sealAndAnchor = async (force = false) => {
    try {
      await seal(db);
    } finally {
      // What was sealed is anchored even when another chain could not be sealed; after a
      // committed erasure, her old row versions are vacuumed out of the live pages (issue 15).
      if (writeAnchor && (await writeAnchor(db, new Date(), force)) > 0) await vacuumErasureTables(db);
    }
  };
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const loop = async () => {
    do {
      again = false;
      try {
        await sealAndAnchor();
      } catch (error) {
        onError(error);
      }
    } while (again && !stopped);
  };
  const request = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = loop().finally(() => {
      running = null;
    });
  };
  const sweep = sweepMs > 0 ? setInterval(request, sweepMs) : null;
  sweep?.unref();
  request();

  return {
    request,
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      if (sweep) clearInterval(sweep);
      while (running) await running;
      try {
        await sealAndAnchor(true);
      } catch (error) {
        onError(error);
      }
    },
  };
}
