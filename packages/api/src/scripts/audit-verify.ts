// `npm run audit:verify`: chains the events still pending (ADR 010), then recomputes every
// audit hash chain of DATABASE_URL or the embedded database and exits 1 when one is broken.
// Then checks that every chain still reaches its latest checkpoint outside the database
// (GESIM_AUDIT_KEY, GESIM_AUDIT_ANCHOR_FILE; issue 15, ADR 014).
import { auditAnchorFrom, createAnchorWriter, formatCheckpointReport, verifyCheckpoints } from "../audit/anchor.ts";
import { AuditSealingError, sealPendingAuditEvents } from "../audit/record-audit.ts";
import { formatChainReport, recordChainVerifications, verifyAllChains } from "../audit/verify-all-chains.ts";
import { openDatabase, runScript } from "./lib/run-script.ts";

await runScript({
  usage: "audit:verify",
  description:
    "Chains the pending audit events, then recomputes every audit hash chain of DATABASE_URL or the embedded database (GESIM_DATA_DIR) and exits 1 when an event was changed, removed or inserted, or a chain no longer reaches its latest checkpoint outside the database (GESIM_AUDIT_KEY, GESIM_AUDIT_ANCHOR_FILE). Stop the server first when using the embedded database (PGlite takes no lock).",
  async main(_args, env) {
    const anchor = auditAnchorFrom({
      key: env.GESIM_AUDIT_KEY,
      file: env.GESIM_AUDIT_ANCHOR_FILE,
      dataDir: env.GESIM_DATA_DIR,
    });
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
      await recordChainVerifications(handle.db, result, new Date());
      // Checked before this run's sealing is anchored, so a rewound chain cannot re-anchor itself.
      const anchored = await verifyCheckpoints(handle.db, anchor);
      for (const line of formatCheckpointReport(anchored)) console.log(line);
      const whole = result.ok && anchored.broken.length === 0 && anchored.rejected === 0;
      if (whole) await createAnchorWriter(anchor)(handle.db, new Date());
      return whole ? 0 : 1;
    } finally {
      await handle.close();
    }
  },
});
