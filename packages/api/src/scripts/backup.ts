// `npm run backup -- --out FILE [--organisation ID]`: an encrypted, consistent backup of the
// whole database (or one organisation) from DATABASE_URL or the embedded database.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createDb, dbOptionsFromEnv } from "@gesim/db";
import { encryptBackup, readBackupContent } from "../operations/backup.ts";
import { backupSecretFrom, progressBar } from "../operations/backup-cli.ts";

const { values } = parseArgs({ options: { out: { type: "string" }, organisation: { type: "string" } } });
if (!values.out) {
  console.error("Usage: npm run backup -- --out FILE [--organisation ORGANISATION_ID]");
  process.exit(2);
}
// npm runs workspace scripts in the package folder; paths are relative to where it was typed.
const outFile = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
const secret = await backupSecretFrom(process.env);
const handle = await createDb(dbOptionsFromEnv(process.env));
try {
  const scope = values.organisation ? { organisationId: values.organisation } : "all";
  const content = await readBackupContent(handle.db, scope, new Date(), progressBar("Backing up"));
  writeFileSync(outFile, encryptBackup(content, secret), { mode: 0o600 });
  const rows = content.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Backup written to ${outFile}: ${content.manifest.tables.length} tables, ${rows} rows.`);
} finally {
  await handle.close();
}
