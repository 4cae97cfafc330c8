import { FULL_ERASURE } from "@gesim/core";
import { auditChainHeads, clients, type Database, eq, organisations, withTenant } from "@gesim/db";
import { type AuditAnchor, type ErasureEntry, markRestore, readAnchor } from "../audit/anchor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { eraseClientRecord, erasedAnything } from "./erase-client.ts";

/**
 * After a restore (issue 15): erasures in the register (anchor.ts) that postdate the backup are
 * applied again, so a woman erased after a backup was taken stays erased when it is restored.
 * "Postdates" is by chain position: the erasure's audit event lies beyond the restored head of
 * her organisation's chain (not by clock time). Each re-applied erasure is audited
 * (`restore.erase:<part>`). With a key, only correctly signed entries are used.
 */
export type ReappliedErasures = { reapplied: number; registered: number; rejected: number };

const PARTS: Record<ErasureEntry["part"], { narrative: boolean; identity: boolean }> = {
  all: FULL_ERASURE,
  narrative: { narrative: true, identity: false },
  identity: { narrative: false, identity: true },
};

export async function reapplyErasures(db: Database, anchor: AuditAnchor, now: Date): Promise<ReappliedErasures> {
  const { entries, rejected } = readAnchor(anchor);
  const erasures = entries.filter((e): e is ErasureEntry => e.kind === "erasure");
  const heads = new Map((await db.select().from(auditChainHeads)).map((h) => [h.chain, h.lastSeq]));
  const known = new Set((await db.select({ id: organisations.id }).from(organisations)).map((o) => o.id));
  let reapplied = 0;
  for (const erasure of erasures) {
    if (!known.has(erasure.organisationId)) continue;
    if (erasure.seq <= (heads.get(erasure.organisationId) ?? 0)) continue;
    const changed = await withTenant(db, erasure.organisationId, async (tx) => {
      const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, erasure.clientId));
      if (!client) return false;
      const scope = { organisationId: erasure.organisationId, clientId: erasure.clientId };
      const counts = await eraseClientRecord(tx, scope, PARTS[erasure.part], now);
      if (!erasedAnything(counts)) return false;
      await recordAudit(
        tx,
        {
          organisationId: erasure.organisationId,
          actorUserId: null,
          action: `restore.erase:${erasure.part}`,
          entityType: "client",
          entityId: erasure.clientId,
        },
        now,
      );
      return true;
    });
    if (changed) reapplied += 1;
  }
  return { reapplied, registered: erasures.length, rejected };
}

/**
 * What restore runs after the backup is in (called from scripts/restore.ts): re-applies the
 * later erasures, then marks the restore in the anchor file (the chains were rewound on purpose,
 * so earlier checkpoints no longer apply). Returns the lines to print.
 */
export async function afterRestore(db: Database, anchor: AuditAnchor, now: Date): Promise<string[]> {
  const result = await reapplyErasures(db, anchor, now);
  await markRestore(db, anchor, now);
  const lines = [
    `Erasure register: re-applied ${result.reapplied} erasure(s) registered after this backup was taken (${result.registered} registered).`,
  ];
  if (result.rejected > 0)
    lines.push(`${result.rejected} line(s) of ${anchor.path} were unreadable or wrongly signed and not used.`);
  return lines;
}
