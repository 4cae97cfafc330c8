// `npm run keys:rotate`: re-encrypts every encrypted field with GESIM_ENCRYPTION_KEY, reading
// old values with GESIM_ENCRYPTION_PREVIOUS_KEYS (the embedded database uses its key file).
// Stop the server first when using the embedded database (PGlite takes no lock).
import { createDb, DEFAULT_DATA_DIR, dbOptionsFromEnv } from "@gesim/db";
import { loadFieldCipher } from "../crypto/load-cipher.ts";
import { rotateKeys } from "../crypto/rotate-keys.ts";

const options = dbOptionsFromEnv(process.env);
const { cipher, warning } = loadFieldCipher({
  activeKey: process.env.GESIM_ENCRYPTION_KEY,
  previousKeys: process.env.GESIM_ENCRYPTION_PREVIOUS_KEYS,
  embeddedDataDir: options.databaseUrl ? undefined : (options.dataDir ?? DEFAULT_DATA_DIR),
});
if (warning) console.warn(warning);
const handle = await createDb(options);
try {
  const counts = await rotateKeys(handle.db, cipher);
  for (const [table, { rows, values }] of Object.entries(counts))
    console.log(`${table}: ${values} values in ${rows} rows re-encrypted`);
  console.log(`All encrypted fields now use key ${cipher.activeKeyId}. The previous keys can be removed.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : "Key rotation failed.");
  process.exitCode = 1;
} finally {
  await handle.close();
}
