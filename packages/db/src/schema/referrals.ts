import { date, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { clients } from "./clients.ts";
import { tenantColumns, versionColumn } from "./columns.ts";
import { consents } from "./consents.ts";
import { actions } from "./plans.ts";
import { serviceProviders } from "./providers.ts";

export const REFERRAL_STATUSES = ["sent", "accepted", "rejected", "done", "withdrawn"] as const;
export const referralStatusEnum = pgEnum("referral_status", REFERRAL_STATUSES);

/** A consent-checked referral from a plan action to a provider (domain.md §6.6). */
export const referrals = pgTable(
  "referrals",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    actionId: uuid().references(() => actions.id, { onDelete: "set null" }),
    providerId: uuid()
      .notNull()
      .references(() => serviceProviders.id, { onDelete: "restrict" }),
    /** The consent that allowed it, at the time it was sent. */
    consentId: uuid()
      .notNull()
      .references(() => consents.id, { onDelete: "restrict" }),
    status: referralStatusEnum().notNull().default("sent"),
    sentOn: date({ mode: "string" }).notNull(),
    decidedOn: date({ mode: "string" }),
    outcome: text(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    version: versionColumn(),
  },
  (t) => [index().on(t.organisationId, t.clientId), index().on(t.organisationId, t.status, t.sentOn)],
);
