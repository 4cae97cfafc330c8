// `npm run snapshots`: records this month's dashboard snapshot of every organisation and
// back-fills the earlier months of the last twelve that have none (issue 18), on DATABASE_URL
// or the embedded database. Prints counts only. The server runs the same job daily.
import { recordAllMonthlySnapshots } from "../operations/monthly-snapshots.ts";
import { openDatabase, runScript } from "./lib/run-script.ts";

await runScript({
  usage: "snapshots",
  description:
    "Records this month's dashboard snapshot (principle scorecard and programme figures) of every organisation and back-fills the earlier months of the last twelve from the record, on DATABASE_URL or the embedded database. Prints counts only. Idempotent. Do not run it against the embedded folder while the server runs (PGlite takes no lock).",
  async main(_args, env) {
    const handle = await openDatabase(env, { existing: false });
    try {
      await handle.migrate();
      const report = await recordAllMonthlySnapshots(handle.db, new Date());
      console.log(
        `Snapshots recorded: ${report.organisations} organisations, ${report.monthsRecorded} months written, ${report.monthsBackFilled} of them back-filled.`,
      );
      if (report.organisationsFailed === 0) return 0;
      console.error(
        `Snapshots failed for ${report.organisationsFailed} organisation(s); their changes were rolled back. Run it again; if it keeps failing, check the server log.`,
      );
      return 1;
    } finally {
      await handle.close();
    }
  },
});
