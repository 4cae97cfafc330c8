export { createDb, dbOptionsFromEnv, isDatabaseReachable, type Database, type DbHandle, type DbKind, type DbOptions } from "./client.ts";
export { DEFAULT_DATA_DIR, MIGRATIONS_DIR } from "./locations.ts";
export { withTenant, withinOrganisation, APP_ROLE } from "./tenant.ts";
export * from "./schema/index.ts";
// Query helpers re-exported so every package uses the one drizzle-orm copy (stack notes, trap 2).
export { and, asc, count, desc, eq, getTableColumns, getTableName, gt, gte, ilike, inArray, isNull, lt, lte, ne, or, sql, type SQL, type Table } from "drizzle-orm";
export type { AnyPgColumn } from "drizzle-orm/pg-core";
