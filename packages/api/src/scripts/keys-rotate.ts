// `npm run keys:rotate`: re-encrypts every encrypted field with the new key and, on the embedded
// database, updates its key file once everything is re-encrypted (issue 15, item 8).
import { loadRotationCipher } from "../crypto/load-cipher.ts";
import { rotateKeys } from "../crypto/rotate-keys.ts";
import { embeddedDataDir, openDatabase, runScript } from "./lib/run-script.ts";

await runScript({
  usage: "keys:rotate",
  description:
    "Re-encrypts every encrypted field with GESIM_ENCRYPTION_KEY, reading old values with GESIM_ENCRYPTION_PREVIOUS_KEYS. On the embedded database without GESIM_ENCRYPTION_KEY it rotates from its key file to a new key and writes that key to the key file when done (an interrupted run resumes). Stop the server first when using the embedded database.",
  async main(_args, env) {
    const rotation = loadRotationCipher({
      activeKey: env.GESIM_ENCRYPTION_KEY,
      previousKeys: env.GESIM_ENCRYPTION_PREVIOUS_KEYS,
      embeddedDataDir: embeddedDataDir(env),
    });
    const handle = await openDatabase(env, { existing: true });
    try {
      const counts = await rotateKeys(handle.db, rotation.cipher);
      for (const [table, { rows, values }] of Object.entries(counts))
        console.log(`${table}: ${values} values in ${rows} rows re-encrypted`);
      rotation.finish();
      console.log(
        `All encrypted fields now use key ${rotation.cipher.activeKeyId}. ${env.DATABASE_URL ? "The previous keys can be removed." : "The key file holds the new key."}`,
      );
    } finally {
      await handle.close();
    }
  },
});
