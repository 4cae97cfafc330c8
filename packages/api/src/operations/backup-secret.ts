/** The one passphrase rule for backups: the environment, the prompt and the encryption itself apply it. */
export const MIN_PASSPHRASE_LENGTH = 12;

/** Throws when a backup passphrase is too short (the message never echoes it). */
export function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw new PassphraseError(`Use a backup passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
}

export class PassphraseError extends Error {
  override name = "PassphraseError";
}
