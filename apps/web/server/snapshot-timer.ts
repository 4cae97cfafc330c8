import { recordAllMonthlySnapshots, type SnapshotReport } from "@gesim/api";
import type { Database } from "@gesim/db";
import { logger } from "../app/server/logger.server.ts";

const HOUR_MS = 3_600_000;

/**
 * Runs the monthly-snapshot job (issue 18) ten seconds after start — so that a new deployment's
 * dashboard has its twelve months of trend at once — and then every `intervalHours` hours, in
 * this process: each run records the month under way and back-fills missing earlier months
 * (idempotent; one short transaction per month, so requests are not held up for long). Unref'd; `stop()` awaits a run in progress. Logs counts only.
 * `intervalHours` 0 disables it (run `npm run snapshots` from cron instead).
 */
export function startSnapshotTimer(
  db: Database,
  intervalHours: number,
  run: (db: Database, now: Date) => Promise<SnapshotReport> = (db, now) =>
    recordAllMonthlySnapshots(db, now, { pauseBetweenMonthsMs: 500 }),
  firstAfterMs = 10_000,
): { stop(): Promise<void> } {
  if (intervalHours <= 0) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = run(db, new Date())
      .then((report) => logger.info({ snapshots: report }, "monthly snapshots recorded"))
      .catch((error: unknown) =>
        logger.error({ err: { type: error instanceof Error ? error.name : typeof error } }, "monthly snapshots failed"),
      )
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, firstAfterMs);
  const every = setInterval(tick, intervalHours * HOUR_MS);
  first.unref();
  every.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}
