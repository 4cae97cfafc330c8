// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database
// (under a PostgreSQL advisory lock, so two at once wait for each other), then, with the key,
// encrypts the narrative rows stored before it was encrypted (issue 15, item 4).
import { encryptLegacyNarrative } from "../crypto/encrypt-legacy-narrative.ts";
import { embeddedKeyPath, loadFieldCipher } from "../crypto/load-cipher.ts";
import { assertKeysReadData } from "../crypto/rotate-keys.ts";
import { embeddedDataDir, openDatabase, runScript } from "./lib/run-script.ts";

await runScript({
  usage: "db:migrate",
  description:
    "Applies the pending migrations to DATABASE_URL, or to the embedded database (GESIM_DATA_DIR, default .data/pglite), then encrypts narrative still stored in plaintext from before it was encrypted (with GESIM_ENCRYPTION_KEY, or the embedded database's key file; without a key a server does it at start-up). Servers apply both at start-up too. Do not run it against the embedded folder while the server runs (PGlite takes no lock).",
  async main(_args, env) {
    const dataDir = embeddedDataDir(env);
    const handle = await openDatabase(env, { existing: false });
    try {
      await handle.migrate();
      console.log(`Migrations applied (${handle.kind}).`);
      if (!env.GESIM_ENCRYPTION_KEY && !dataDir) {
        console.log("Without GESIM_ENCRYPTION_KEY the narrative encryption step waits for the server's start-up.");
        return;
      }
      const { cipher } = loadFieldCipher({
        activeKey: env.GESIM_ENCRYPTION_KEY,
        previousKeys: env.GESIM_ENCRYPTION_PREVIOUS_KEYS,
        embeddedDataDir: dataDir,
      });
      await assertKeysReadData(
        handle.db,
        cipher,
        env.GESIM_ENCRYPTION_KEY || !dataDir ? undefined : embeddedKeyPath(dataDir),
      );
      const counts = await encryptLegacyNarrative(handle.db, cipher);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      console.log(
        total === 0
          ? "No narrative left in plaintext."
          : `Narrative encrypted: ${Object.entries(counts)
              .map(([table, rows]) => `${table} ${rows}`)
              .join(", ")} rows.`,
      );
    } finally {
      await handle.close();
    }
  },
});
