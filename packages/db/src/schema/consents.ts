import { CONSENT_PURPOSES, CONSENT_RECORDING_METHODS } from "@gesim/core";
import { date, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { clients } from "./clients.ts";
import { tenantColumns, versionColumn } from "./columns.ts";

export const consentPurposeEnum = pgEnum("consent_purpose", CONSENT_PURPOSES);
export const consentRecordingEnum = pgEnum("consent_recording", CONSENT_RECORDING_METHODS);

/** Her consent per purpose and recipient; withdrawing sets `withdrawnOn`, never deletes. */
export const consents = pgTable(
  "consents",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    purpose: consentPurposeEnum().notNull(),
    /** A provider id (a structured fact referrals check), or, before issue 15 item 4, a named organisation in plaintext. */
    recipient: text(),
    /** A named organisation (free text) as AES-256-GCM ciphertext; `recipient` is then null. */
    recipientCipher: text(),
    givenOn: date({ mode: "string" }).notNull(),
    withdrawnOn: date({ mode: "string" }),
    expiresOn: date({ mode: "string" }),
    recordedHow: consentRecordingEnum().notNull(),
    recordedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    version: versionColumn(),
  },
  (t) => [index().on(t.organisationId, t.clientId, t.purpose)],
);
