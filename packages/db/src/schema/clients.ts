import { CLIENT_STATUSES } from "@gesim/core";
import { date, index, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { tenantColumns, versionColumn } from "./columns.ts";

export const clientStatusEnum = pgEnum("client_status", CLIENT_STATUSES);

/**
 * A woman supported by the organisation, known here only by a pseudonym. Her legal name,
 * date of birth and contact details never go in this table (they belong in the encrypted
 * identity vault of issue 4).
 */
export const clients = pgTable(
  "clients",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    pseudonym: text().notNull(),
    status: clientStatusEnum().notNull().default("intake"),
    caseworkerId: uuid().references(() => users.id, { onDelete: "set null" }),
    firstContactDate: date({ mode: "string" }).notNull(),
    nextReviewDate: date({ mode: "string" }),
    version: versionColumn(),
  },
  (t) => [
    uniqueIndex("clients_org_pseudonym_key").on(t.organisationId, t.pseudonym),
    index("clients_org_caseworker_idx").on(t.organisationId, t.caseworkerId, t.pseudonym),
  ],
);
