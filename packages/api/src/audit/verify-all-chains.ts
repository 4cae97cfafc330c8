import { auditVerifications, type Database, organisations } from "@gesim/db";
import { type ChainVerification, verifyAuditChains } from "./record-audit.ts";

export type AllChainsVerification = { ok: boolean; chains: ChainVerification[] };

/**
 * Verifies every organisation's chain and the system chain on one consistent snapshot
 * (repeatable read): requests appending meanwhile are neither blocked nor taken for tampering.
 */
export async function verifyAllChains(db: Database): Promise<AllChainsVerification> {
  const chains = await db.transaction((tx) => verifyAuditChains(tx), { isolationLevel: "repeatable read" });
  return { ok: chains.every((c) => c.ok), chains };
}

/** One line per chain: its id (an organisation id or "system"), counts and the first broken event. No personal data. */
export function formatChainReport({ ok, chains }: AllChainsVerification): string[] {
  const lines = chains.map(
    (c) =>
      `${c.chain}: ${c.events} events, ${c.pending > 0 ? `${c.pending} pending, ` : ""}${c.ok ? "ok" : `BROKEN at event ${c.brokenAtEventId}`}`,
  );
  lines.push(
    chains.length === 0
      ? "No audit events yet."
      : ok
        ? `All ${chains.length} chains are whole.`
        : "The audit trail has been tampered with.",
  );
  return lines;
}

/**
 * Keeps each organisation's result of an `audit:verify` run, so its managers see when the trail
 * was last verified and where it broke (admin.oversight.lastVerification). The system chain has
 * no organisation and is only reported on the console. Runs as the tables' owner.
 */
export async function recordChainVerifications(db: Database, { chains }: AllChainsVerification, now: Date) {
  const known = new Set((await db.select({ id: organisations.id }).from(organisations)).map((o) => o.id));
  const rows = chains
    .filter((c) => known.has(c.chain))
    .map((c) => ({
      organisationId: c.chain,
      verifiedAt: now,
      source: "script",
      ok: c.ok,
      events: c.events,
      pending: c.pending,
      brokenAtEventId: c.brokenAtEventId,
    }));
  if (rows.length > 0) await db.insert(auditVerifications).values(rows);
  return rows.length;
}
