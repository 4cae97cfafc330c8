import { DOCUMENT_CONTENT_TYPES, DOCUMENT_KINDS } from "@gesim/core";
import { index, integer, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { clients } from "./clients.ts";
import { tenantColumns } from "./columns.ts";
import { actions } from "./plans.ts";

export const documentKindEnum = pgEnum("document_kind", DOCUMENT_KINDS);
export const documentContentTypeEnum = pgEnum("document_content_type", DOCUMENT_CONTENT_TYPES);

/**
 * Documents attached to her record (issue 19, ADR 017): the title and the file are field-cipher
 * ciphertext (`gcm1.<key id>.…`, the file's bytes base64url inside), so rotation, backups and the
 * start-up key check treat them like every other encrypted column. Kind, type, size and dates
 * stay plain. Images are stored without their metadata. Every read of a file is audited.
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    /** The step of her plan it belongs to, if any. */
    actionId: uuid().references(() => actions.id, { onDelete: "set null" }),
    kind: documentKindEnum().notNull(),
    titleCipher: text().notNull(),
    contentType: documentContentTypeEnum().notNull(),
    /** Bytes of the stored file (after metadata was removed). */
    size: integer().notNull(),
    contentCipher: text().notNull(),
    uploadedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.organisationId, t.clientId, t.createdAt)],
);
