// Query helpers re-exported so every package uses the one drizzle-orm copy (stack notes, trap 2).
export {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  getTableName,
  gt,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
  type Table,
} from "drizzle-orm";
export { type AnyPgColumn, alias } from "drizzle-orm/pg-core";
export {
  createDb,
  type Database,
  type DbHandle,
  type DbKind,
  type DbOptions,
  dbOptionsFromEnv,
  isDatabaseReachable,
} from "./client.ts";
export { DEFAULT_DATA_DIR, MIGRATIONS_DIR } from "./locations.ts";
export * from "./schema/index.ts";
export { APP_ROLE, withinOrganisation, withTenant } from "./tenant.ts";
