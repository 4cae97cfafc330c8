import type { Consent } from "@gesim/core";
import { and, asc, consents, type Database, eq } from "@gesim/db";

export type ConsentRecord = Consent & { id: string; clientId: string; version: number };

type ConsentRow = typeof consents.$inferSelect;

/** A row as core's Consent (absent dates are undefined, not null), ready for checkConsent. */
export function toConsentRecord(row: ConsentRow): ConsentRecord {
  return {
    id: row.id,
    clientId: row.clientId,
    purpose: row.purpose,
    ...(row.recipient !== null ? { recipient: row.recipient } : {}),
    givenOn: row.givenOn,
    ...(row.withdrawnOn !== null ? { withdrawnOn: row.withdrawnOn } : {}),
    ...(row.expiresOn !== null ? { expiresOn: row.expiresOn } : {}),
    recordedHow: row.recordedHow,
    version: row.version,
  };
}

/**
 * Every consent of one client, withdrawn and expired ones included (checkConsent needs them to
 * explain a refusal). For referrals and exports: `checkConsent(await findConsentsForClient(...),
 * purpose, today, recipient)`. Scoped to the organisation explicitly, besides row-level security.
 */
export async function findConsentsForClient(
  db: Database,
  organisationId: string,
  clientId: string,
): Promise<ConsentRecord[]> {
  const rows = await db
    .select()
    .from(consents)
    .where(and(eq(consents.organisationId, organisationId), eq(consents.clientId, clientId)))
    .orderBy(asc(consents.givenOn), asc(consents.id));
  return rows.map(toConsentRecord);
}
