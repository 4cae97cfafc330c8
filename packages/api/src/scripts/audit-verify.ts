// `npm run audit:verify`: chains the events still pending (ADR 010), then recomputes every
// audit hash chain of DATABASE_URL or the embedded database and exits 1 when one is broken.
import { AuditSealingError, sealPendingAuditEvents } from "../audit/record-audit.ts";
import { formatChainReport, verifyAllChains } from "../audit/verify-all-chains.ts";
import { openDatabase, runScript } from "./lib/run-script.ts";

await runScript({
  usage: "audit:verify",
  description:
    "Chains the pending audit events, then recomputes every audit hash chain of DATABASE_URL or the embedded database (GESIM_DATA_DIR) and exits 1 when an event was changed, removed or inserted. Stop the server first when using the embedded database (PGlite takes no lock).",
  async main(_args, env) {
    const handle = await openDatabase(env, { existing: true });
    try {
      try {
        const sealed = await sealPendingAuditEvents(handle.db);
        if (sealed > 0) console.log(`Chained ${sealed} pending events.`);
      } catch (error) {
        // The chains named cannot be continued; the verification below says where they break.
        if (!(error instanceof AuditSealingError)) throw error;
        console.log(`Could not chain the pending events of: ${error.chains.join(", ")}`);
      }
      const result = await verifyAllChains(handle.db);
      for (const line of formatChainReport(result)) console.log(line);
      return result.ok ? 0 : 1;
    } finally {
      await handle.close();
    }
  },
});
