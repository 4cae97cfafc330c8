import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { organisations } from "./organisations.ts";

/**
 * Who did what, when, to which record. Never personal data: ids and action names only.
 * `organisationId` is empty only for events before anyone is known (a failed login with an
 * unknown email address).
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    organisationId: uuid().references(() => organisations.id, { onDelete: "restrict" }),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    entityType: text(),
    entityId: text(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organisationId, t.createdAt), index().on(t.entityType, t.entityId)],
);
