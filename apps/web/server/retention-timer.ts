import { applyRetention, type RetentionReport } from "@gesim/api";
import type { Database } from "@gesim/db";
import { logger } from "../app/server/logger.server.ts";

const HOUR_MS = 3_600_000;

/**
 * Runs the retention job (issue 7) once shortly after start and then every `intervalHours`
 * hours, in this process. The timer is unref'd (it never keeps the process alive) and stops
 * with `stop()` on shutdown; a run in progress is awaited there. Logs counts only.
 * `intervalHours` 0 disables it (run `npm run retention` from cron instead).
 */
export function startRetentionTimer(
  db: Database,
  intervalHours: number,
  run: (db: Database, now: Date) => Promise<RetentionReport> = applyRetention,
): { stop(): Promise<void> } {
  if (intervalHours <= 0) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = run(db, new Date())
      .then((report) => logger.info({ retention: report }, "retention applied"))
      .catch((error: unknown) =>
        logger.error({ err: { type: error instanceof Error ? error.name : typeof error } }, "retention failed"),
      )
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, 60_000);
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
