import {
  boolean,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { tenantColumns, versionColumn } from "./columns.ts";

/**
 * A funder's agreement with one or more organisations (domain.md §5.5, §7.2). A funder user
 * sees only aggregates over the consenting clients of the organisations in her relationships,
 * through core's disclosure control; when `epsilonPerPeriod` is set, every release also spends
 * differential-privacy budget from `privacy_budget_spends` and refuses to overspend.
 */
export const fundingRelationships = pgTable("funding_relationships", {
  id: uuid().primaryKey().defaultRandom(),
  /** E.g. "City integration fund 2026"; a programme name, never a person. */
  name: text().notNull(),
  /**
   * The ε per period a NEW link starts with (copied by create and link); releases never read it.
   * Each organisation decides its own ε on its link row (migration 0006, ADR 009).
   */
  epsilonPerPeriod: doublePrecision(),
  /**
   * The SHA-256 (hex) of the one open join code: another organisation links itself only with
   * it (admin.funding.link); it is cleared when used, and a new code replaces it.
   */
  joinCodeHash: text(),
  joinCodeExpiresAt: timestamp({ withTimezone: true, mode: "date" }),
  createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  version: versionColumn(),
});

/**
 * Which organisations a relationship reports on; each organisation sees (and decides) only its
 * own rows, including its ε per period (null: small-cell control only). A release uses the
 * smallest non-null ε of the organisations it covers.
 */
export const fundingRelationshipOrganisations = pgTable(
  "funding_relationship_organisations",
  {
    relationshipId: uuid()
      .notNull()
      .references(() => fundingRelationships.id, { onDelete: "cascade" }),
    ...tenantColumns(),
    epsilonPerPeriod: doublePrecision(),
    version: versionColumn(),
  },
  (t) => [primaryKey({ columns: [t.relationshipId, t.organisationId] }), index().on(t.organisationId)],
);

/** The funder users of a relationship. */
export const fundingRelationshipMembers = pgTable(
  "funding_relationship_members",
  {
    relationshipId: uuid()
      .notNull()
      .references(() => fundingRelationships.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.relationshipId, t.userId] }), index().on(t.userId)],
);

/**
 * The privacy-budget ledger: one row per differentially private release. `query` names what
 * was released in codes only (indicator and dimension ids), never free text.
 */
export const privacyBudgetSpends = pgTable(
  "privacy_budget_spends",
  {
    id: uuid().primaryKey().defaultRandom(),
    relationshipId: uuid()
      .notNull()
      .references(() => fundingRelationships.id, { onDelete: "cascade" }),
    /** Reporting period, e.g. "2026-Q3". */
    period: text().notNull(),
    epsilon: doublePrecision().notNull(),
    query: text().notNull(),
    spentBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index().on(t.relationshipId, t.period)],
);

/**
 * Funder releases, stored as publications (issues 6 and 8, ADR 009): the protected report (and
 * its HTCDS aggregate) of one relationship over one set of covered organisations, quarter and
 * disaggregation. A repeated view or export returns it: a differentially private release is
 * never changed (its noise and ledger spend stand), so averaging repeated views cannot remove
 * the noise; a release without noise may be refreshed after a maximum age (late data entry).
 * Aggregates only, no personal data.
 */
export const funderReleases = pgTable(
  "funder_releases",
  {
    id: uuid().primaryKey().defaultRandom(),
    relationshipId: uuid()
      .notNull()
      .references(() => fundingRelationships.id, { onDelete: "cascade" }),
    /** The covered organisations' ids, sorted and comma-joined. */
    organisations: text().notNull(),
    period: text().notNull(),
    /** Dimension codes joined with "+", "" for none. */
    dimensions: text().notNull(),
    release: jsonb().notNull(),
    /** True when the release carries Laplace noise (then it is never replaced); rows stored before 0007 all do. */
    differentiallyPrivate: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("funder_releases_key").on(t.relationshipId, t.organisations, t.period, t.dimensions)],
);
