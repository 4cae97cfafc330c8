import { latestDueClosure, localDateIn, type RetentionPolicy, retentionDue } from "@gesim/core";
import { and, asc, clients, type Database, eq, isNull, lte, organisations, withTenant } from "@gesim/db";
import { recordAudit } from "../audit/record-audit.ts";
import { eraseClientRecord, erasedAnything } from "./erase-client.ts";
import { vacuumErasureTables } from "./vacuum.ts";

/** What one run did, in counts only: never an id, pseudonym or any content. */
export type RetentionReport = {
  organisations: number;
  organisationsFailed: number;
  casesChecked: number;
  recordsErased: number;
  recordsCompleted: number;
};

type ApplyToOrganisation = typeof applyToOrganisation;

/**
 * Applies each organisation's retention policy on `now`'s date (issue 7): for every closed
 * case whose period has passed, the same erasure as on request (erase-client.ts), inside that
 * organisation's tenant transaction, with one audit event per erased part (no actor: the
 * system). Idempotent: a second run on the same day changes nothing and audits nothing. One
 * organisation that fails (its transaction rolls back) does not stop the others; the report
 * counts it and the next run tries again.
 */
export async function applyRetention(
  db: Database,
  now: Date,
  applyOne: ApplyToOrganisation = applyToOrganisation,
): Promise<RetentionReport> {
  const orgs = await db
    .select({
      id: organisations.id,
      retainNotesMonths: organisations.retainNotesMonths,
      retainIdentityMonths: organisations.retainIdentityMonths,
      timeZone: organisations.timeZone,
    })
    .from(organisations)
    .orderBy(asc(organisations.id));
  const report: RetentionReport = {
    organisations: orgs.length,
    organisationsFailed: 0,
    casesChecked: 0,
    recordsErased: 0,
    recordsCompleted: 0,
  };
  for (const org of orgs) {
    let part: Awaited<ReturnType<ApplyToOrganisation>>;
    try {
      part = await withTenant(db, org.id, (tx) => applyOne(tx, org.id, org, localDateIn(now, org.timeZone), now));
    } catch {
      report.organisationsFailed += 1;
      continue;
    }
    report.casesChecked += part.casesChecked;
    report.recordsErased += part.recordsErased;
    report.recordsCompleted += part.recordsCompleted;
  }
  // Old row versions of what was erased leave the table files' live pages (issue 15).
  if (report.recordsErased > 0) await vacuumErasureTables(db);
  return report;
}

async function applyToOrganisation(
  tx: Database,
  organisationId: string,
  policy: RetentionPolicy,
  today: string,
  now: Date,
) {
  const candidates = await tx
    .select({ id: clients.id, status: clients.status, closedOn: clients.closedOn, erasedAt: clients.erasedAt })
    .from(clients)
    .where(
      and(
        eq(clients.organisationId, organisationId),
        eq(clients.status, "closed"),
        isNull(clients.erasedAt),
        lte(clients.closedOn, latestDueClosure(policy, today)),
      ),
    );
  const result = { casesChecked: candidates.length, recordsErased: 0, recordsCompleted: 0 };
  for (const client of candidates) {
    const due = retentionDue(client, policy, today);
    if (!due.narrative && !due.identity) continue;
    // With both parts due this also marks the record erased.
    const counts = await eraseClientRecord(tx, { organisationId, clientId: client.id }, due, now);
    if (!erasedAnything(counts)) continue;
    result.recordsErased += 1;
    if (counts.marked) result.recordsCompleted += 1;
    const part = due.complete ? "all" : due.narrative ? "narrative" : "identity";
    await recordAudit(
      tx,
      {
        organisationId,
        actorUserId: null,
        action: `retention.erase:${part}`,
        entityType: "client",
        entityId: client.id,
      },
      now,
    );
  }
  return result;
}
