import {
  actions,
  appointments,
  assessments,
  auditChainHeads,
  auditEvents,
  auditVerifications,
  calendarFeeds,
  clientIdentities,
  clientShares,
  clients,
  closures,
  complaints,
  consents,
  coverageSnapshots,
  digestDeliveries,
  disclosures,
  documents,
  funderReleases,
  fundingRelationshipMembers,
  fundingRelationshipOrganisations,
  fundingRelationships,
  getTableColumns,
  getTableName,
  goals,
  identityReveals,
  indicatorSnapshots,
  memberships,
  notes,
  organisations,
  plans,
  privacyBudgetSpends,
  referrals,
  reviews,
  serviceProviders,
  staffInvitations,
  type Table,
  users,
} from "@gesim/db";

/**
 * What a backup holds, in an order that satisfies every foreign key on restore. Sessions are
 * left out on purpose: a restored database starts with everyone signed out. So are the sign-in
 * counters (sign_in_throttles): short-lived, and keyed by email hashes a backup need not carry.
 */
export const BACKUP_TABLES = [
  organisations,
  users,
  memberships,
  staffInvitations,
  digestDeliveries,
  clients,
  clientShares,
  clientIdentities,
  identityReveals,
  consents,
  disclosures,
  assessments,
  serviceProviders,
  plans,
  goals,
  actions,
  referrals,
  reviews,
  closures,
  complaints,
  notes,
  documents,
  appointments,
  calendarFeeds,
  coverageSnapshots,
  indicatorSnapshots,
  fundingRelationships,
  fundingRelationshipOrganisations,
  fundingRelationshipMembers,
  privacyBudgetSpends,
  funderReleases,
  auditChainHeads,
  auditEvents,
  auditVerifications,
] as const satisfies readonly Table[];

export type BackupTable = (typeof BACKUP_TABLES)[number];

export function tableName(table: Table): string {
  return getTableName(table);
}

/** Primary-key columns, for a stable row order. */
export function orderColumns(table: Table) {
  const columns = Object.values(getTableColumns(table));
  const primary = columns.filter((column) => column.primary);
  if (primary.length > 0) return primary;
  // Composite keys (client_shares, funding links, coverage snapshots) are declared on the table, not the columns.
  return columns.filter((column) =>
    ["client_id", "user_id", "relationship_id", "organisation_id", "month", "principle"].includes(column.name),
  );
}

/**
 * Property names of backups made before her narrative was encrypted (issue 15 item 4): the same
 * columns now carry a `legacy` name, and the start-up step encrypts what a restore puts there.
 */
const RENAMED: ReadonlyMap<Table, Readonly<Record<string, string>>> = new Map<Table, Record<string, string>>([
  [goals, { text: "legacyText", gasLevels: "legacyGasLevels" }],
  [actions, { freeText: "legacyFreeText", barrierNote: "legacyBarrierNote" }],
]);

/** JSON cannot carry Date objects: timestamps travel as ISO strings and come back as Dates. */
export function reviveRow(table: Table, row: Record<string, unknown>): Record<string, unknown> {
  const revived: Record<string, unknown> = { ...row };
  for (const [before, now] of Object.entries(RENAMED.get(table) ?? {}))
    if (before in revived) {
      revived[now] = revived[before];
      delete revived[before];
    }
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = row[key];
    if (column.columnType === "PgTimestamp" && typeof value === "string") revived[key] = new Date(value);
  }
  return revived;
}
