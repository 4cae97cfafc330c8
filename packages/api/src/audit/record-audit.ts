import { createHash } from "node:crypto";
import { auditChainHeads, auditEvents, eq, sql, type Database } from "@gesim/db";

/**
 * An audit event names who, what and which record by id; it never carries personal data
 * (no names, pseudonyms, emails or free text).
 */
export type AuditEvent = {
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  entityType?: AuditEntityType;
  entityId?: string;
  outcome?: AuditOutcome;
};

export type AuditEntityType = "client" | "identity" | "consent" | "assessment" | "plan" | "referral" | "provider" | "review" | "note" | "session" | "user" | "organisation" | "export";
export type AuditOutcome = "ok" | "denied" | "not-found" | "failed";

export const GENESIS_HASH = "0".repeat(64);

type ChainedFields = {
  chain: string;
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: string;
  createdAt: Date;
};

/** SHA-256 over the previous hash and the event's fields, in a fixed order. */
export function hashAuditEvent(prevHash: string, e: ChainedFields): string {
  const canonical = JSON.stringify([prevHash, e.chain, e.organisationId, e.actorUserId, e.action, e.entityType, e.entityId, e.outcome, e.createdAt.toISOString()]);
  return createHash("sha256").update(canonical).digest("hex");
}

async function append(tx: Database, event: AuditEvent, now: Date): Promise<void> {
  const chain = event.organisationId ?? "system";
  await tx.insert(auditChainHeads).values({ chain, lastHash: GENESIS_HASH, lastEventId: 0 }).onConflictDoNothing();
  // The row lock on the chain's head serialises appends, so the chain never forks.
  const [head] = await tx.select().from(auditChainHeads).where(eq(auditChainHeads.chain, chain)).for("update");
  const prevHash = head?.lastHash ?? GENESIS_HASH;
  const fields: ChainedFields = {
    chain,
    organisationId: event.organisationId,
    actorUserId: event.actorUserId,
    action: event.action,
    entityType: event.entityType ?? null,
    entityId: event.entityId ?? null,
    outcome: event.outcome ?? "ok",
    createdAt: now,
  };
  const hash = hashAuditEvent(prevHash, fields);
  const [row] = await tx.insert(auditEvents).values({ ...fields, prevHash, hash }).returning({ id: auditEvents.id });
  await tx.update(auditChainHeads).set({ lastHash: hash, lastEventId: row?.id ?? 0 }).where(eq(auditChainHeads.chain, chain));
}

/**
 * Appends an event to its organisation's hash chain. Inside a transaction (the request's
 * tenant transaction) it joins it; otherwise it opens its own.
 */
export async function recordAudit(db: Database, event: AuditEvent, now: Date): Promise<void> {
  const inTransaction = "rollback" in db;
  if (inTransaction) await append(db, event, now);
  else await db.transaction((tx) => append(tx, event, now));
}

export type ChainVerification = { chain: string; events: number; ok: boolean; brokenAtEventId: number | null };

/**
 * Recomputes every chain from its first event: a changed, removed or inserted event, or a
 * chain cut short, is reported with the first event id where the chain breaks.
 */
export async function verifyAuditChains(db: Database): Promise<ChainVerification[]> {
  const heads = await db.select().from(auditChainHeads);
  const results: ChainVerification[] = [];
  for (const head of heads) {
    let prevHash = GENESIS_HASH;
    let count = 0;
    let brokenAt: number | null = null;
    let lastId = 0;
    const pageSize = 5000;
    for (;;) {
      const page = await db
        .select()
        .from(auditEvents)
        .where(sql`${auditEvents.chain} = ${head.chain} and ${auditEvents.id} > ${lastId}`)
        .orderBy(auditEvents.id)
        .limit(pageSize);
      for (const event of page) {
        count += 1;
        if (brokenAt === null && (event.prevHash !== prevHash || hashAuditEvent(prevHash, event) !== event.hash)) brokenAt = event.id;
        prevHash = event.hash;
        lastId = event.id;
      }
      if (page.length < pageSize) break;
    }
    if (brokenAt === null && (prevHash !== head.lastHash || lastId !== head.lastEventId)) brokenAt = lastId || -1;
    results.push({ chain: head.chain, events: count, ok: brokenAt === null, brokenAtEventId: brokenAt });
  }
  return results;
}
