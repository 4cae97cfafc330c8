import { integer, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations.ts";

/** Columns every tenant table carries: the organisation it belongs to and when it changed. */
export function tenantColumns() {
  return {
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  };
}

/** Optimistic concurrency: a write names the version it read; a stale one is refused. */
export function versionColumn() {
  return integer().notNull().default(1);
}
