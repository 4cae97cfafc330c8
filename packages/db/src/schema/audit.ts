import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { organisations } from "./organisations.ts";

/**
 * Who did what, when, to which record. Never personal data: ids and action names only.
 * Events form a hash chain per organisation (`chain` is the organisation id, or "system"
 * for events before anyone is known, such as a failed login with an unknown email):
 * `hash` = SHA-256 over the previous hash and this event's fields, so a changed, removed or
 * inserted event breaks the chain (`npm run audit:verify`).
 *
 * A request only INSERTS its events (no lock, in its own transaction, so an access and its
 * record commit or roll back together); the audit sealer (packages/api audit/audit-sealer.ts)
 * then chains committed events in batches: it gives each its place `seq` in the chain and its
 * `prevHash`/`hash`. Until then the three are null ("pending"). ADR 010.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    chain: text().notNull(),
    organisationId: uuid().references(() => organisations.id, { onDelete: "restrict" }),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    entityType: text(),
    entityId: text(),
    outcome: text().notNull().default("ok"),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Place in the chain, 1, 2, 3, … (null while pending). */
    seq: bigint({ mode: "number" }),
    prevHash: text(),
    hash: text(),
  },
  (t) => [
    index().on(t.chain, t.id),
    index().on(t.organisationId, t.createdAt),
    index().on(t.entityType, t.entityId),
    uniqueIndex("audit_events_chain_seq_unique").on(t.chain, t.seq),
    index("audit_events_pending_idx").on(t.chain, t.id).where(sql`${t.hash} is null`),
    check("audit_events_seq_positive", sql`${t.seq} > 0`),
  ],
);

/** The last hash of each chain; its row lock serialises sealing of one chain. */
export const auditChainHeads = pgTable("audit_chain_heads", {
  chain: text().primaryKey(),
  lastHash: text().notNull(),
  lastEventId: bigint({ mode: "number" }).notNull(),
  /** `seq` of the last sealed event (0: none yet). */
  lastSeq: bigint({ mode: "number" }).notNull().default(0),
});

/**
 * The result of each verification of an organisation's chain (`npm run audit:verify`, or a
 * manager's check on the oversight page), so managers see when it was last whole and where it
 * broke without recomputing it (and without any lock). Counts and ids only.
 */
export const auditVerifications = pgTable(
  "audit_verifications",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    verifiedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    /** "script" (audit:verify, which also checks the anchor outside the database) or "manager". */
    source: text().notNull(),
    ok: boolean().notNull(),
    events: integer().notNull(),
    pending: integer().notNull(),
    brokenAtEventId: bigint({ mode: "number" }),
  },
  (t) => [index().on(t.organisationId, t.verifiedAt)],
);
