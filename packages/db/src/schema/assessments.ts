import { date, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { clients } from "./clients.ts";
import { tenantColumns } from "./columns.ts";

export const ASSESSMENT_KINDS = ["needs", "risk", "ladder"] as const;
export const assessmentKindEnum = pgEnum("assessment_kind", ASSESSMENT_KINDS);

/**
 * Needs, risk and ladder assessments. Versioned and never overwritten: a new assessment is a
 * new row with the next version; the content is validated by core's schemas before it is
 * written. Free-text notes are stored apart, encrypted (`notesCipher`, issue 15 item 4).
 */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    kind: assessmentKindEnum().notNull(),
    version: integer().notNull(),
    assessedOn: date({ mode: "string" }).notNull(),
    assessedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Levels, answers and readings; the free-text `note` of each item is taken out into `notesCipher`. */
    content: jsonb().notNull(),
    /** The items' notes as AES-256-GCM ciphertext of a JSON list of [path, note] (core's splitAssessmentNotes). */
    notesCipher: text(),
  },
  (t) => [
    uniqueIndex("assessments_client_kind_version_key").on(t.clientId, t.kind, t.version),
    index().on(t.organisationId, t.kind, t.assessedOn),
  ],
);
