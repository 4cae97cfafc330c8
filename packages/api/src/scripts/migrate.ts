// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database
// (under a PostgreSQL advisory lock, so two at once wait for each other).
import { openDatabase, runScript } from "./lib/run-script.ts";

await runScript({
  usage: "db:migrate",
  description:
    "Applies the pending migrations to DATABASE_URL, or to the embedded database (GESIM_DATA_DIR, default .data/pglite). Servers apply them at start-up too. Do not run it against the embedded folder while the server runs (PGlite takes no lock).",
  async main(_args, env) {
    const handle = await openDatabase(env, { existing: false });
    try {
      await handle.migrate();
      console.log(`Migrations applied (${handle.kind}).`);
    } finally {
      await handle.close();
    }
  },
});
