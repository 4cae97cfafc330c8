// `npm run retention`: applies every organisation's retention policy today (issue 7), on
// DATABASE_URL or the embedded database. Prints counts only. The server runs the same job daily.
import { applyRetention } from "../operations/retention.ts";
import { openDatabase, runScript } from "./lib/run-script.ts";

await runScript({
  usage: "retention",
  description:
    "Applies every organisation's retention policy now, on DATABASE_URL or the embedded database, and prints counts only. Idempotent. Do not run it against the embedded folder while the server runs (PGlite takes no lock).",
  async main(_args, env) {
    const handle = await openDatabase(env, { existing: false });
    try {
      await handle.migrate();
      const report = await applyRetention(handle.db, new Date());
      console.log(
        `Retention applied: ${report.organisations} organisations, ${report.casesChecked} closed cases past a period, ${report.recordsErased} records erased in part or whole, ${report.recordsCompleted} fully erased.`,
      );
      if (report.organisationsFailed === 0) return 0;
      console.error(
        `Retention failed for ${report.organisationsFailed} organisation(s); their changes were rolled back. Run it again; if it keeps failing, check the server log.`,
      );
      return 1;
    } finally {
      await handle.close();
    }
  },
});
