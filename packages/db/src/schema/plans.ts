import { ACTION_STATUSES, type ApprovedContent, BARRIER_REASONS, DOMAIN_IDS, PLAN_STATUSES } from "@gesim/core";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { clients } from "./clients.ts";
import { tenantColumns, versionColumn } from "./columns.ts";
import { serviceProviders } from "./providers.ts";

export const planStatusEnum = pgEnum("plan_status", PLAN_STATUSES);
export const domainEnum = pgEnum("support_domain", DOMAIN_IDS);
export const actionStatusEnum = pgEnum("action_status", ACTION_STATUSES);
export const barrierReasonEnum = pgEnum("barrier_reason", BARRIER_REASONS);

/** Her individual integration plan: one per client; its `version` guards concurrent edits. */
export const plans = pgTable(
  "plans",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    status: planStatusEnum().notNull().default("draft"),
    agreedByClient: boolean().notNull().default(false),
    agreedOn: date({ mode: "string" }),
    /** Conditions a third party put on her support, recorded so the checks flag them (P1). */
    conditionsImposed: text().array().notNull().default([]),
    accommodationSingleSex: boolean(),
    accommodationRatedSafe: text(),
    lastSafetyReviewDate: date({ mode: "string" }),
    submittedAt: timestamp({ withTimezone: true, mode: "date" }),
    decidedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true, mode: "date" }),
    returnComment: text(),
    /** What was approved: goals and steps by id and domain, her agreement (core ApprovedContentSchema); no words of hers. */
    approvedContent: jsonb().$type<ApprovedContent>(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex("plans_client_key").on(t.clientId), index().on(t.organisationId, t.status)],
);

/**
 * A goal in her own words, per domain, with Goal Attainment Scaling. Her wording and the scale
 * descriptions are AES-256-GCM ciphertext (`textCipher`, `gasLevelsCipher`; api/src/crypto); the
 * domain, levels and weight stay plain for the indicators and checks.
 */
export const goals = pgTable(
  "goals",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    domain: domainEnum().notNull(),
    /** Plaintext from before issue 15 (item 4): emptied by the narrative encryption step at start-up. */
    legacyText: text("text"),
    textCipher: text(),
    inHerOwnWords: boolean().notNull().default(true),
    /** Plaintext from before issue 15 (item 4), like `legacyText`. */
    legacyGasLevels: jsonb("gas_levels"),
    gasLevelsCipher: text(),
    currentGasLevel: integer().notNull().default(-1),
    weight: integer().notNull().default(1),
    position: integer().notNull().default(0),
  },
  (t) => [
    index().on(t.planId),
    index().on(t.organisationId, t.domain),
    // Issue 8: an organisation's goals per client with the GAS facts, for index-only aggregation (case records, dashboard GAS).
    index("goals_org_client_facts_idx").on(
      t.organisationId,
      t.clientId,
      t.domain,
      t.currentGasLevel,
      t.weight,
      t.inHerOwnWords,
    ),
  ],
);

/**
 * A step of the plan: a catalogue action or free text, with provider, worker and due date. The free
 * text and the barrier note are ciphertext (`freeTextCipher`, `barrierNoteCipher`); the catalogue
 * id, status, barrier reason and dates stay plain for the indicators and checks.
 */
export const actions = pgTable(
  "actions",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    goalId: uuid().references(() => goals.id, { onDelete: "set null" }),
    domain: domainEnum().notNull(),
    catalogueActionId: text(),
    /** Plaintext from before issue 15 (item 4): emptied by the narrative encryption step at start-up. */
    legacyFreeText: text("free_text"),
    freeTextCipher: text(),
    providerId: uuid().references(() => serviceProviders.id, { onDelete: "set null" }),
    responsibleUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    dueDate: date({ mode: "string" }),
    status: actionStatusEnum().notNull().default("planned"),
    barrierReason: barrierReasonEnum(),
    /** Plaintext from before issue 15 (item 4), like `legacyFreeText`. */
    legacyBarrierNote: text("barrier_note"),
    barrierNoteCipher: text(),
    startedOn: date({ mode: "string" }),
    completedOn: date({ mode: "string" }),
    position: integer().notNull().default(0),
  },
  (t) => [
    index().on(t.planId),
    index("actions_org_domain_status_idx").on(t.organisationId, t.domain, t.status),
    index("actions_org_due_idx").on(t.organisationId, t.status, t.dueDate),
    // One client's actions (caseload signals, indicators per client): measured by the benchmark, 12 ms → 0.3 ms at 100k clients.
    // Issue 8: with the facts the indicators read (domain, status, dates) as further key columns,
    // case records and dashboard indicators aggregate an organisation's actions by index-only scan
    // instead of fetching rows spread over the whole table (drizzle has no INCLUDE yet).
    index("actions_org_client_facts_idx").on(
      t.organisationId,
      t.clientId,
      t.domain,
      t.status,
      t.startedOn,
      t.completedOn,
      t.dueDate,
    ),
  ],
);
