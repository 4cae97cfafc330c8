import {
  applyRetention,
  type DigestOptions,
  type RetentionReport,
  recordAllMonthlySnapshots,
  type SnapshotReport,
  sendDailyDigests,
} from "@gesim/api";
import type { Database } from "@gesim/db";
import { logger } from "../app/server/logger.server.ts";

const HOUR_MS = 3_600_000;

/**
 * Runs `job` once shortly after start (a minute unless `firstAfterMs` says otherwise) and then every `intervalHours` hours, in this process.
 * The timers are unref'd (they never keep the process alive) and stop with `stop()` on
 * shutdown; a run in progress is awaited there, and a run never overlaps the one before. Logs
 * the job's report (counts only) or, on failure, the error's type: never its message, which
 * could hold data. `intervalHours` 0 disables it.
 */
export function startPeriodicJob(
  name: string,
  intervalHours: number,
  job: (now: Date) => Promise<Record<string, number>>,
  firstAfterMs = 60_000,
): { stop(): Promise<void> } {
  if (intervalHours <= 0) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = job(new Date())
      .then((report) => logger.info({ [name]: report }, `${name} done`))
      .catch((error: unknown) =>
        logger.error({ err: { type: error instanceof Error ? error.name : typeof error } }, `${name} failed`),
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

/** The retention job (issue 7); 0 hours disables it (run `npm run retention` from cron instead). */
export function startRetentionTimer(
  db: Database,
  intervalHours: number,
  run: (db: Database, now: Date) => Promise<RetentionReport> = applyRetention,
) {
  return startPeriodicJob("retention", intervalHours, (now) => run(db, now));
}

/**
 * The staff's daily digest (issue 19), looked at every hour: each organisation's digests go
 * out in the first run after its morning hour, once a day (the deliveries table sees to it).
 */
export function startDigestTimer(
  db: Database,
  options: Omit<DigestOptions, "now">,
  run: typeof sendDailyDigests = sendDailyDigests,
) {
  return startPeriodicJob("digest", 1, (now) => run(db, { ...options, now }));
}

/**
 * The monthly-snapshot job (issue 18), ten seconds after start (a new deployment's dashboard
 * has its twelve months of trend at once) and then every `intervalHours` hours: each run
 * records the month under way and back-fills missing earlier months (idempotent; one short
 * transaction per month, so requests are not held up for long). 0 hours disables it (run
 * `npm run snapshots` from cron instead).
 */
export function startSnapshotTimer(
  db: Database,
  intervalHours: number,
  run: (db: Database, now: Date) => Promise<SnapshotReport> = (db, now) =>
    recordAllMonthlySnapshots(db, now, { pauseBetweenMonthsMs: 500 }),
) {
  return startPeriodicJob("snapshots", intervalHours, (now) => run(db, now), 10_000);
}
