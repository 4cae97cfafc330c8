import { boolean, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, versionColumn } from "./columns.ts";

/**
 * The organisation's directory of services (domain.md §6.6, like Spain's Guide of
 * Resources): shelters, mother-and-child places, legal aid, therapists, language courses.
 * Shelter addresses belong here, never in case notes (§7.2).
 */
export const serviceProviders = pgTable(
  "service_providers",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...tenantColumns(),
    name: text().notNull(),
    /** The support domains it serves (core's DOMAIN_IDS). */
    domains: text().array().notNull().default([]),
    languages: text().array().notNull().default([]),
    isWomenOnly: boolean().notNull().default(false),
    acceptsMothersWithChildren: boolean().notNull().default(false),
    contact: text(),
    isActive: boolean().notNull().default(true),
    version: versionColumn(),
  },
  (t) => [index().on(t.organisationId, t.name)],
);
