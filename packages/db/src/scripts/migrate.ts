// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database.
// Do not run it against the PGlite folder while the server runs (PGlite takes no lock).
import { createDb, dbOptionsFromEnv } from "../client.ts";

const handle = await createDb(dbOptionsFromEnv(process.env));
try {
  await handle.migrate();
  console.log(`Migrations applied (${handle.kind}).`);
} finally {
  await handle.close();
}
