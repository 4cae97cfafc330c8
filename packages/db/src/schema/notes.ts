import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { clients } from "./clients.ts";
import { tenantColumns } from "./columns.ts";

/** Case notes: the body is AES-256-GCM ciphertext (api/src/crypto); every read is audited. */
export const notes = pgTable(
  "notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
  },
  (t) => [index().on(t.organisationId, t.clientId, t.createdAt)],
);
