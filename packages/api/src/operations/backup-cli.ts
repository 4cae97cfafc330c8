import { createInterface } from "node:readline/promises";
import { parseKey } from "../crypto/field-cipher.ts";
import { BackupError, type BackupSecret, type Progress } from "./backup.ts";
import { checkPassphrase } from "./backup-secret.ts";

/**
 * The backup secret: GESIM_BACKUP_KEY (32 bytes, base64), GESIM_BACKUP_PASSPHRASE, or a
 * passphrase typed at the prompt (not echoed). Every passphrase follows the same rule (checkPassphrase).
 */
export async function backupSecretFrom(env: {
  GESIM_BACKUP_KEY?: string | undefined;
  GESIM_BACKUP_PASSPHRASE?: string | undefined;
}): Promise<BackupSecret> {
  if (env.GESIM_BACKUP_KEY) return { key: parseKey(env.GESIM_BACKUP_KEY, "GESIM_BACKUP_KEY") };
  if (env.GESIM_BACKUP_PASSPHRASE) {
    checkPassphrase(env.GESIM_BACKUP_PASSPHRASE);
    return { passphrase: env.GESIM_BACKUP_PASSPHRASE };
  }
  if (!process.stdin.isTTY)
    throw new BackupError(
      "set GESIM_BACKUP_KEY or GESIM_BACKUP_PASSPHRASE (there is no terminal to ask for a passphrase)",
    );
  const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const output = prompt as unknown as { _writeToOutput?: (text: string) => void };
  process.stderr.write("Backup passphrase: ");
  output._writeToOutput = () => {}; // do not echo what is typed
  const passphrase = await prompt.question("");
  prompt.close();
  process.stderr.write("\n");
  checkPassphrase(passphrase);
  return { passphrase };
}

/** A one-line progress bar on standard error: `[########------] 8/18 notes`. */
export function progressBar(label: string): Progress {
  return (table, done, total) => {
    const width = 24;
    const filled = Math.round((done / total) * width);
    process.stderr.write(
      `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${table.padEnd(20)}`,
    );
    if (done === total) process.stderr.write("\n");
  };
}
