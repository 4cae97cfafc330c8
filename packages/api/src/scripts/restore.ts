// `npm run restore -- FILE [--force]`: restores a backup into an empty database (or, with
// --force, next to existing organisations). Everything about the file is checked first (it
// exists, its header, the secret, the checksums, the keys to read it); only then is the target
// opened, migrated and written, in one transaction that also verifies the audit chains.
import { existsSync, readFileSync, statSync } from "node:fs";
import { auditAnchorFrom } from "../audit/anchor.ts";
import { decryptBackup, readBackupHeader, restoreBackup } from "../operations/backup.ts";
import { backupSecretFrom, progressBar } from "../operations/backup-cli.ts";
import { planRestoreKeys } from "../operations/backup-keys.ts";
import { afterRestore } from "../operations/erasure-register.ts";
import { embeddedDataDir, openDatabase, operatorPath, runScript, ScriptError } from "./lib/run-script.ts";

await runScript({
  usage: "restore -- FILE [--force]",
  description:
    "Restores a backup into an empty database (DATABASE_URL or the embedded GESIM_DATA_DIR); --force restores next to existing organisations. The file, its secret, its checksums and the keys to read its encrypted fields are checked before the target is touched. A backup of an embedded database installs its field key beside the restored data. Stop the server first when using the embedded database.",
  options: { force: { type: "boolean", default: false } },
  positionals: true,
  async main({ values, positionals }, env) {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new ScriptError("give one backup FILE (see --help)", 2);
    const path = operatorPath(env, file);
    if (!existsSync(path) || !statSync(path).isFile())
      throw new ScriptError(`Restore refused: there is no file ${path}`);
    const bytes = readFileSync(path);
    const refuse = (error: unknown): never => {
      if (error instanceof Error && (error.name === "BackupError" || error.name === "FieldCipherError"))
        throw new ScriptError(`Restore refused: ${error.message}`);
      throw error;
    };
    try {
      readBackupHeader(bytes);
    } catch (error) {
      refuse(error);
    }
    const secret = await backupSecretFrom(env);
    const intoNonEmpty = values.force === true;
    let content: ReturnType<typeof decryptBackup>;
    let keys: ReturnType<typeof planRestoreKeys>;
    try {
      content = decryptBackup(bytes, secret);
      keys = planRestoreKeys(content, {
        activeKey: env.GESIM_ENCRYPTION_KEY,
        previousKeys: env.GESIM_ENCRYPTION_PREVIOUS_KEYS,
        embeddedDataDir: env.GESIM_ENCRYPTION_KEY ? undefined : embeddedDataDir(env),
        intoNonEmpty,
      });
    } catch (error) {
      return refuse(error);
    }
    const anchor = auditAnchorFrom({
      key: env.GESIM_AUDIT_KEY,
      file: env.GESIM_AUDIT_ANCHOR_FILE,
      dataDir: env.GESIM_DATA_DIR,
    });
    const handle = await openDatabase(env, { existing: false });
    try {
      await handle.migrate();
      const { tables } = await restoreBackup(handle.db, content, {
        intoNonEmpty,
        onProgress: progressBar("Restoring"),
      }).catch(refuse);
      const keyFile = keys.install();
      console.log(
        `Restored ${tables.reduce((sum, t) => sum + t.rows, 0)} rows in ${tables.length} tables; audit chains verified.${keyFile ? ` The backup's field key was written to ${keyFile}.` : ""}`,
      );
      // Erasures registered after this backup was taken are applied again (ADR 014).
      for (const line of await afterRestore(handle.db, anchor, new Date())) console.log(line);
    } finally {
      await handle.close();
    }
  },
});
