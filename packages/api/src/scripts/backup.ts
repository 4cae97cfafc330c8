// `npm run backup -- --out FILE [--organisation ID]`: an encrypted, consistent backup of the
// whole database (or one organisation) from DATABASE_URL or the embedded database.
import { writeFileSync } from "node:fs";
import { encryptBackup, readBackupContent } from "../operations/backup.ts";
import { backupSecretFrom, progressBar } from "../operations/backup-cli.ts";
import { embeddedKeysForBackup } from "../operations/backup-keys.ts";
import { embeddedDataDir, openDatabase, operatorPath, runScript, ScriptError } from "./lib/run-script.ts";

await runScript({
  usage: "backup -- --out FILE [--organisation ORGANISATION_ID]",
  description:
    "Writes a consistent, encrypted (AES-256-GCM) backup of DATABASE_URL or the embedded database, or of one organisation. The secret comes from GESIM_BACKUP_KEY (32 bytes, base64), GESIM_BACKUP_PASSPHRASE (at least 12 characters) or a prompt. A backup of the embedded database without GESIM_ENCRYPTION_KEY carries its field key (protected by the backup's secret).",
  options: { out: { type: "string" }, organisation: { type: "string" } },
  async main({ values }, env) {
    if (typeof values.out !== "string") throw new ScriptError("--out FILE is required (see --help)", 2);
    const outFile = operatorPath(env, values.out);
    const secret = await backupSecretFrom(env);
    const fieldKeys = env.GESIM_ENCRYPTION_KEY ? undefined : embeddedKeysForBackup(embeddedDataDir(env));
    const handle = await openDatabase(env, { existing: true });
    try {
      const scope = typeof values.organisation === "string" ? { organisationId: values.organisation } : "all";
      const content = await readBackupContent(handle.db, scope, new Date(), progressBar("Backing up"));
      if (fieldKeys) content.fieldKeys = fieldKeys;
      writeFileSync(outFile, encryptBackup(content, secret), { mode: 0o600 });
      const rows = content.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
      console.log(
        `Backup written to ${outFile}: ${content.manifest.tables.length} tables, ${rows} rows${fieldKeys ? ", with the embedded field key" : ""}.`,
      );
    } finally {
      await handle.close();
    }
  },
});
