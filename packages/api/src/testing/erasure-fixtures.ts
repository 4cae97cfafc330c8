// Test helpers (imported by *.test.ts only): put a distinctive marker into every free-text
// column of one client's record, and read back everything stored about her.
import {
  actions,
  assessments,
  clientIdentities,
  consents,
  type Database,
  eq,
  goals,
  identityReveals,
  notes,
  plans,
  referrals,
  reviews,
  sql,
} from "@gesim/db";
import type { FieldCipher } from "../crypto/field-cipher.ts";

export const MARKER = "ZQX-erase-me";

/**
 * Writes MARKER (plain or encrypted, as the column is stored) into every free-text field of her
 * record; her narrative both encrypted and in the plaintext columns rows had before it was
 * encrypted (issue 15 item 4), so erasure is shown to clear either.
 */
export async function fillFreeText(
  db: Database,
  cipher: FieldCipher,
  organisationId: string,
  clientId: string,
): Promise<void> {
  const secret = cipher.encrypt(MARKER);
  await db
    .update(goals)
    .set({
      legacyText: `${MARKER} goal`,
      textCipher: secret,
      legacyGasLevels: { "0": `${MARKER} level` },
      gasLevelsCipher: cipher.encrypt(JSON.stringify({ zero: MARKER })),
    })
    .where(eq(goals.clientId, clientId));
  await db
    .update(actions)
    .set({
      legacyFreeText: `${MARKER} action`,
      freeTextCipher: secret,
      legacyBarrierNote: `${MARKER} barrier`,
      barrierNoteCipher: secret,
    })
    .where(eq(actions.clientId, clientId));
  await db
    .update(referrals)
    .set({ outcome: `${MARKER} outcome` })
    .where(eq(referrals.clientId, clientId));
  await db
    .update(consents)
    .set({ recipient: `${MARKER} recipient`, recipientCipher: secret })
    .where(eq(consents.clientId, clientId));
  await db.update(reviews).set({ summary: secret }).where(eq(reviews.clientId, clientId));
  await db.update(plans).set({ returnComment: secret }).where(eq(plans.clientId, clientId));
  await db
    .update(assessments)
    .set({
      content: sql`jsonb_build_object('note', ${MARKER}::text, 'kept', 1)`,
      notesCipher: cipher.encrypt(JSON.stringify([[["kept"], MARKER]])),
    })
    .where(eq(assessments.clientId, clientId));
  await db.insert(notes).values({ organisationId, clientId, body: secret });
  await db
    .insert(clientIdentities)
    .values({ organisationId, clientId, legalName: secret })
    .onConflictDoUpdate({ target: clientIdentities.clientId, set: { legalName: secret } });
  await db.insert(identityReveals).values({ organisationId, clientId, reason: "other", justification: secret });
}

const CLIENT_TABLES = [
  "clients",
  "client_shares",
  "client_identities",
  "identity_reveals",
  "notes",
  "plans",
  "goals",
  "actions",
  "reviews",
  "referrals",
  "consents",
  "assessments",
  "closures",
] as const;

/** Every row about her, per table, as JSON text (with ciphertext decrypted where it can be). */
export async function everythingAbout(
  db: Database,
  cipher: FieldCipher,
  clientId: string,
): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of CLIENT_TABLES) {
    const column = table === "clients" ? "id" : "client_id";
    const rows = await db.execute<{ row: unknown }>(
      sql`select row_to_json(t)::text as row from ${sql.identifier(table)} t where ${sql.identifier(column)} = ${clientId}`,
    );
    result[table] = rowsOf<{ row: unknown }>(rows).map((r) => decryptAll(cipher, String(r.row)));
  }
  return result;
}

function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

/** Replaces every ciphertext found in a JSON text by its plaintext, so a search sees the content. */
function decryptAll(cipher: FieldCipher, json: string): string {
  const values = JSON.parse(json) as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== "string") continue;
    try {
      values[key] = cipher.decrypt(value);
    } catch {
      // not ciphertext
    }
  }
  return JSON.stringify(values);
}
