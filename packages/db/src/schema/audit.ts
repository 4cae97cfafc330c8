import { bigint, bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { organisations } from "./organisations.ts";

/**
 * Who did what, when, to which record. Never personal data: ids and action names only.
 * Events form a hash chain per organisation (`chain` is the organisation id, or "system"
 * for events before anyone is known, such as a failed login with an unknown email):
 * `hash` = SHA-256 over the previous hash and this event's fields, so a changed, removed or
 * inserted event breaks the chain (`npm run audit:verify`).
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
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [index().on(t.chain, t.id), index().on(t.organisationId, t.createdAt), index().on(t.entityType, t.entityId)],
);

/** The last hash of each chain; its row lock serialises appends to one chain. */
export const auditChainHeads = pgTable("audit_chain_heads", {
  chain: text().primaryKey(),
  lastHash: text().notNull(),
  lastEventId: bigint({ mode: "number" }).notNull(),
});
