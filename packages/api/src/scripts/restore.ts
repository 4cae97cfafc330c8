// `npm run restore -- FILE [--force]`: restores a backup into an empty database (or, with
// --force, next to existing organisations), verifying checksums and the audit chains before
// anything is committed. Stop the server first when using the embedded database.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createDb, dbOptionsFromEnv } from "@gesim/db";
import { auditAnchorFrom } from "../audit/anchor.ts";
import { BackupError, decryptBackup, restoreBackup } from "../operations/backup.ts";
import { backupSecretFrom, progressBar } from "../operations/backup-cli.ts";
import { afterRestore } from "../operations/erasure-register.ts";

const { values, positionals } = parseArgs({
  options: { force: { type: "boolean", default: false } },
  allowPositionals: true,
});
const file = positionals[0];
if (!file) {
  console.error("Usage: npm run restore -- FILE [--force]");
  process.exit(2);
}
const secret = await backupSecretFrom(process.env);
const handle = await createDb(dbOptionsFromEnv(process.env));
try {
  await handle.migrate();
  const content = decryptBackup(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file)), secret);
  const { tables } = await restoreBackup(handle.db, content, {
    intoNonEmpty: values.force,
    onProgress: progressBar("Restoring"),
  });
  console.log(
    `Restored ${tables.reduce((sum, t) => sum + t.rows, 0)} rows in ${tables.length} tables; audit chains verified.`,
  );
  const anchor = auditAnchorFrom({
    key: process.env.GESIM_AUDIT_KEY,
    file: process.env.GESIM_AUDIT_ANCHOR_FILE,
    dataDir: process.env.GESIM_DATA_DIR,
  });
  for (const line of await afterRestore(handle.db, anchor, new Date())) console.log(line);
} catch (error) {
  if (error instanceof BackupError) {
    console.error(`Restore refused: ${error.message}`);
    process.exitCode = 1;
  } else throw error;
} finally {
  await handle.close();
}
