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

export type AuditEntityType = "client" | "identity" | "consent" | "assessment" | "plan" | "referral" | "provider" | "review" | "note" | "session" | "user" | "organisation" | "export" | "funding-relationship";
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

/** Appends events of one chain in order; the head's row lock serialises appends, so the chain never forks. */
async function append(tx: Database, chain: string, events: readonly AuditEvent[], now: Date): Promise<void> {
  await tx.insert(auditChainHeads).values({ chain, lastHash: GENESIS_HASH, lastEventId: 0 }).onConflictDoNothing();
  const [head] = await tx.select().from(auditChainHeads).where(eq(auditChainHeads.chain, chain)).for("update");
  let prevHash = head?.lastHash ?? GENESIS_HASH;
  const rows = events.map((event) => {
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
    const row = { ...fields, prevHash, hash };
    prevHash = hash;
    return row;
  });
  // A multi-row insert takes ids from the sequence in row order, so ids follow the chain.
  const inserted = await tx.insert(auditEvents).values(rows).returning({ id: auditEvents.id });
  const lastEventId = Math.max(0, ...inserted.map((r) => r.id));
  await tx.update(auditChainHeads).set({ lastHash: prevHash, lastEventId }).where(eq(auditChainHeads.chain, chain));
}

/**
 * Appends an event to its organisation's hash chain. Inside a transaction (the request's
 * tenant transaction) it joins it; otherwise it opens its own.
 */
export async function recordAudit(db: Database, event: AuditEvent, now: Date): Promise<void> {
  await recordAuditEvents(db, [event], now);
}

/** Several events of one organisation at once (e.g. one `note.read` per note of a page). */
export async function recordAuditEvents(db: Database, events: readonly AuditEvent[], now: Date): Promise<void> {
  const first = events[0];
  if (!first) return;
  const chain = first.organisationId ?? "system";
  if (events.some((e) => (e.organisationId ?? "system") !== chain)) throw new Error("audit events of one call must share a chain");
  const inTransaction = "rollback" in db;
  if (inTransaction) await append(db, chain, events, now);
  else await db.transaction((tx) => append(tx, chain, events, now));
}

export type ChainVerification = { chain: string; events: number; ok: boolean; brokenAtEventId: number | null };

/**
 * Recomputes every chain (or only `options.chain`) from its first event: a changed, removed
 * or inserted event, or a chain cut short, is reported with the first event id where the
 * chain breaks. Run it on a consistent view (a repeatable-read transaction, or with the
 * head locked) so appends made meanwhile are not mistaken for tampering.
 */
export async function verifyAuditChains(db: Database, options: { chain?: string } = {}): Promise<ChainVerification[]> {
  const heads = await db
    .select()
    .from(auditChainHeads)
    .where(options.chain === undefined ? undefined : eq(auditChainHeads.chain, options.chain))
    .orderBy(auditChainHeads.chain);
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
