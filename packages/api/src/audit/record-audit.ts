import { createHash } from "node:crypto";
import { APP_ROLE, and, asc, auditChainHeads, auditEvents, type Database, eq, isNull, sql } from "@gesim/db";
import { rowsOf } from "../queries/dashboard-sql.ts";

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

export type AuditEntityType =
  | "client"
  | "identity"
  | "consent"
  | "assessment"
  | "plan"
  | "referral"
  | "provider"
  | "review"
  | "note"
  | "document"
  | "session"
  | "user"
  | "organisation"
  | "export"
  | "funding-relationship"
  | "invitation"
  | "appointment";
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
  const canonical = JSON.stringify([
    prevHash,
    e.chain,
    e.organisationId,
    e.actorUserId,
    e.action,
    e.entityType,
    e.entityId,
    e.outcome,
    e.createdAt.toISOString(),
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

type PendingRow = Omit<ChainedFields, "createdAt"> & { createdAt: Date };

/**
 * Records events of one organisation (or of the system chain). It only INSERTS them, pending,
 * in the caller's transaction when there is one (so an access and its record commit or roll
 * back together) and takes no lock: chaining happens after commit, in batches, in
 * `sealAuditChain` (the audit sealer runs it; ADR 010). Ids follow the given order.
 */
export async function recordAuditEvents(db: Database, events: readonly AuditEvent[], now: Date): Promise<void> {
  const first = events[0];
  if (!first) return;
  const chain = first.organisationId ?? "system";
  if (events.some((e) => (e.organisationId ?? "system") !== chain))
    throw new Error("audit events of one call must share a chain");
  const rows: PendingRow[] = events.map((event) => ({
    chain,
    organisationId: event.organisationId,
    actorUserId: event.actorUserId,
    action: event.action,
    entityType: event.entityType ?? null,
    entityId: event.entityId ?? null,
    outcome: event.outcome ?? "ok",
    createdAt: now,
  }));
  await insertAsApplication(db, chain, rows);
}

/**
 * Pending events may be inserted only by the application role (trigger of migration 0012,
 * issue 15): as the tables' owner (sign-in, refusals, scripts) the insert runs as gesim_app in a
 * savepoint, for the chain's organisation, and the role and organisation are put back after it.
 */
async function insertAsApplication(db: Database, chain: string, rows: PendingRow[]): Promise<void> {
  const [who] = await rowsOf<{ role: string; organisation: string | null }>(
    db,
    sql`select current_user::text as role, current_setting('gesim.organisation_id', true) as organisation`,
  );
  if (who?.role === APP_ROLE) {
    await db.insert(auditEvents).values(rows);
    return;
  }
  await db.transaction(async (tx) => {
    const organisation = chain === "system" ? "" : chain;
    await tx.execute(
      sql`select set_config('gesim.organisation_id', ${organisation}, true), set_config('role', ${APP_ROLE}, true)`,
    );
    await tx.insert(auditEvents).values(rows);
    await tx.execute(
      sql`select set_config('role', 'none', true), set_config('gesim.organisation_id', ${who?.organisation ?? ""}, true)`,
    );
  });
}

/** One event; see `recordAuditEvents`. */
export async function recordAudit(db: Database, event: AuditEvent, now: Date): Promise<void> {
  await recordAuditEvents(db, [event], now);
}

/** Events chained per sealing transaction, at most. */
export const SEAL_BATCH = 1000;

/**
 * Chains up to `SEAL_BATCH` committed pending events of one chain, in id order, after the
 * last sealed one: each gets the next `seq`, its `prevHash` and `hash`; the head moves on.
 * The head's row lock serialises sealers (several processes may run one), so the chain never
 * forks. An event whose transaction commits later than a higher id is simply sealed in a
 * later batch: its place is `seq`, not its id. Runs as the tables' owner (the sealer, scripts,
 * backups): the app role may not change audit rows (migration 0011). Returns how many it sealed.
 */
export async function sealAuditChain(db: Database, chain: string): Promise<number> {
  const seal = async (tx: Database): Promise<number> => {
    await tx
      .insert(auditChainHeads)
      .values({ chain, lastHash: GENESIS_HASH, lastEventId: 0, lastSeq: 0 })
      .onConflictDoNothing();
    const [head] = await tx.select().from(auditChainHeads).where(eq(auditChainHeads.chain, chain)).for("update");
    if (!head) return 0;
    const pending = await tx
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.chain, chain), isNull(auditEvents.hash)))
      .orderBy(asc(auditEvents.id))
      .limit(SEAL_BATCH);
    const last = pending.at(-1);
    if (!last) return 0;
    let prevHash = head.lastHash;
    let seq = head.lastSeq;
    const sealed = pending.map((event) => {
      const hash = hashAuditEvent(prevHash, event);
      const row = sql`(${event.id}::bigint, ${++seq}::bigint, ${prevHash}::text, ${hash}::text)`;
      prevHash = hash;
      return row;
    });
    await tx.execute(sql`update ${auditEvents} as e set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
      from (values ${sql.join(sealed, sql`, `)}) as v(id, seq, prev_hash, hash) where e.id = v.id`);
    await tx
      .update(auditChainHeads)
      .set({ lastHash: prevHash, lastEventId: last.id, lastSeq: seq })
      .where(eq(auditChainHeads.chain, chain));
    return pending.length;
  };
  // Its own transaction, or a savepoint in the caller's: a failure leaves the caller's work intact.
  return db.transaction(seal);
}

/** Chains that could not be sealed (their ids: organisation ids or "system", never personal data). */
export class AuditSealingError extends Error {
  constructor(readonly chains: readonly string[]) {
    super(`audit sealing failed for ${chains.length} chain(s)`);
    this.name = "AuditSealingError";
  }
}

/**
 * Seals every pending event of every chain, or of `options.chain` (batch after batch); returns
 * how many. A chain that cannot be sealed is skipped and named in an AuditSealingError at the end.
 */
export async function sealPendingAuditEvents(db: Database, options: { chain?: string } = {}): Promise<number> {
  const chains =
    options.chain !== undefined
      ? [{ chain: options.chain }]
      : await db.selectDistinct({ chain: auditEvents.chain }).from(auditEvents).where(isNull(auditEvents.hash));
  let total = 0;
  const failed: string[] = [];
  for (const { chain } of chains) {
    try {
      for (;;) {
        const sealed = await sealAuditChain(db, chain);
        total += sealed;
        if (sealed < SEAL_BATCH) break;
      }
    } catch {
      // One broken chain (say, its head deleted) must not leave every other chain unsealed.
      failed.push(chain);
    }
  }
  if (failed.length > 0) throw new AuditSealingError(failed);
  return total;
}

export type ChainVerification = {
  chain: string;
  /** Sealed events verified. */
  events: number;
  /** Events recorded but not chained yet (the sealer chains them shortly after commit). */
  pending: number;
  ok: boolean;
  brokenAtEventId: number | null;
};

/**
 * Recomputes every chain (or only `options.chain`) from its first event in `seq` order: a
 * changed, removed or inserted event, a gap in the sequence, or a chain cut short, is reported
 * with the first event id where the chain breaks. Pending events are counted, not judged (a
 * sealed-looking event outside the sequence is). Run it on a consistent view (a
 * repeatable-read transaction, or with the head locked) so sealing meanwhile is not mistaken
 * for tampering.
 */
export async function verifyAuditChains(db: Database, options: { chain?: string } = {}): Promise<ChainVerification[]> {
  const heads = await db
    .select()
    .from(auditChainHeads)
    .where(options.chain === undefined ? undefined : eq(auditChainHeads.chain, options.chain));
  // A chain may have events before its head exists (none sealed yet), or, tampered, without one.
  const withEvents =
    options.chain === undefined
      ? await db.selectDistinct({ chain: auditEvents.chain }).from(auditEvents)
      : [{ chain: options.chain }];
  const chains = [...new Set([...heads.map((h) => h.chain), ...withEvents.map((e) => e.chain)])].sort();
  const results: ChainVerification[] = [];
  for (const chain of chains) {
    const head = heads.find((h) => h.chain === chain) ?? { lastHash: GENESIS_HASH, lastSeq: 0 };
    let prevHash = GENESIS_HASH;
    let lastSeq = 0;
    let verified = 0;
    let brokenAt: number | null = null;
    let lastId = 0;
    const pageSize = 5000;
    for (;;) {
      // Up to the head as read: events sealed meanwhile come after it and are judged below.
      const page = await db
        .select()
        .from(auditEvents)
        .where(
          sql`${auditEvents.chain} = ${chain} and ${auditEvents.seq} > ${lastSeq} and ${auditEvents.seq} <= ${head.lastSeq}`,
        )
        .orderBy(auditEvents.seq)
        .limit(pageSize);
      for (const event of page) {
        verified += 1;
        const whole =
          event.seq === lastSeq + 1 &&
          event.prevHash === prevHash &&
          event.hash !== null &&
          hashAuditEvent(prevHash, event) === event.hash;
        if (brokenAt === null && !whole) brokenAt = event.id;
        prevHash = event.hash ?? "";
        lastSeq = event.seq ?? lastSeq;
        lastId = event.id;
      }
      if (page.length < pageSize) break;
    }
    if (brokenAt === null && (prevHash !== head.lastHash || lastSeq !== head.lastSeq)) brokenAt = lastId || -1;
    // Beyond the head: only events a sealer chained after the head was read, and then the head
    // (moved in the same transaction) covers them now; anything else was written by hand.
    const [beyond] = await db
      .select({ seq: sql<number | null>`max(${auditEvents.seq})`, id: sql<number | null>`min(${auditEvents.id})` })
      .from(auditEvents)
      .where(sql`${auditEvents.chain} = ${chain} and ${auditEvents.seq} > ${head.lastSeq}`);
    if (brokenAt === null && beyond?.seq != null) {
      const [now] = await db
        .select({ lastSeq: auditChainHeads.lastSeq })
        .from(auditChainHeads)
        .where(eq(auditChainHeads.chain, chain));
      if ((now?.lastSeq ?? 0) < Number(beyond.seq)) brokenAt = Number(beyond.id);
    }
    const [unsealed] = await db
      .select({
        pending: sql<number>`(count(*) filter (where ${auditEvents.hash} is null and ${auditEvents.prevHash} is null))::int`,
        // The sealer never writes half-sealed rows: someone set or cleared a hash by hand.
        stray: sql<
          number | null
        >`min(${auditEvents.id}) filter (where ${auditEvents.hash} is not null or ${auditEvents.prevHash} is not null)`,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.chain, chain), isNull(auditEvents.seq)));
    if (brokenAt === null && unsealed?.stray != null) brokenAt = Number(unsealed.stray);
    results.push({
      chain,
      events: verified,
      pending: Number(unsealed?.pending ?? 0),
      ok: brokenAt === null,
      brokenAtEventId: brokenAt,
    });
  }
  return results;
}
