// `npm run retention`: applies every organisation's retention policy today (issue 7), on
// DATABASE_URL or the embedded database. Prints counts only. Do not run it against the
// embedded data folder while the server runs (PGlite takes no lock); the server runs the same
// job daily itself.
import { createDb, dbOptionsFromEnv } from "@gesim/db";
import { applyRetention } from "../operations/retention.ts";

const handle = await createDb(dbOptionsFromEnv(process.env));
try {
  await handle.migrate();
  const report = await applyRetention(handle.db, new Date());
  console.log(
    `Retention applied: ${report.organisations} organisations, ${report.casesChecked} closed cases past a period, ${report.recordsErased} records erased in part or whole, ${report.recordsCompleted} fully erased.`,
  );
  if (report.organisationsFailed > 0) {
    console.error(
      `Retention failed for ${report.organisationsFailed} organisation(s); their changes were rolled back. Run it again; if it keeps failing, check the server log.`,
    );
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
