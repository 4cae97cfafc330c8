import type { Consent } from "@gesim/core";
import { and, asc, consents, type Database, eq } from "@gesim/db";
import { consentRecipient, type NarrativeReader } from "../crypto/narrative.ts";

export type ConsentRecord = Consent & { id: string; clientId: string; version: number };

type ConsentRow = typeof consents.$inferSelect;

/**
 * A row as core's Consent (absent dates are undefined, not null), ready for checkConsent. A
 * provider id recipient is read as stored; a named organisation through `reader` (decrypted for
 * her record, left encrypted where only provider ids matter).
 */
export function toConsentRecord(row: ConsentRow, reader: NarrativeReader): ConsentRecord {
  const recipient = consentRecipient(reader, row);
  return {
    id: row.id,
    clientId: row.clientId,
    purpose: row.purpose,
    ...(recipient !== null ? { recipient } : {}),
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
 * Provider ids are read as stored; named organisations through `reader` (NARRATIVE_NOT_READ when
 * only provider ids matter, as for referrals).
 */
export async function findConsentsForClient(
  db: Database,
  organisationId: string,
  clientId: string,
  reader: NarrativeReader,
): Promise<ConsentRecord[]> {
  const rows = await db
    .select()
    .from(consents)
    .where(and(eq(consents.organisationId, organisationId), eq(consents.clientId, clientId)))
    .orderBy(asc(consents.givenOn), asc(consents.id));
  return rows.map((row) => toConsentRecord(row, reader));
}
