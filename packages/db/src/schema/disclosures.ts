import { DISCLOSURE_RECIPIENTS } from "@gesim/core";
import { boolean, date, index, pgEnum, pgTable, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { clients } from "./clients.ts";
import { tenantColumns } from "./columns.ts";

export const disclosureRecipientEnum = pgEnum("disclosure_recipient", DISCLOSURE_RECIPIENTS);

/**
 * Each time her data was passed to someone outside the organisation, with whether she consented
 * (domain.md §7.2 "Consent", indicator 9.4; the disclosure-consent check). No content, no names.
 */
export const disclosures = pgTable(
  "disclosures",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    disclosedOn: date({ mode: "string" }).notNull(),
    recipient: disclosureRecipientEnum().notNull(),
    hasConsent: boolean().notNull(),
    recordedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.organisationId, t.clientId, t.disclosedOn)],
);
