// The data step of issue 15, item 4: rows written before her narrative was encrypted keep it in
// plaintext columns (goals.text and gas_levels, actions.free_text and barrier_note, the notes
// inside assessments.content, named consents.recipient). This moves each such value into its
// `*_cipher` column and clears the plaintext in the same UPDATE, a batch per transaction: a
// crash loses nothing (a row is either still plain or already encrypted, and readers take
// either), and the next run (start-up, `npm run db:migrate`) carries on where it stopped.
import { type AssessmentNote, AssessmentNotesSchema, splitAssessmentNotes } from "@gesim/core";
import {
  actions,
  and,
  asc,
  assessments,
  consents,
  type Database,
  eq,
  goals,
  gt,
  isNotNull,
  or,
  type SQL,
  sql,
} from "@gesim/db";
import type { FieldCipher } from "./field-cipher.ts";
import { isProviderRecipient } from "./narrative.ts";

export type NarrativeEncryptionCounts = { goals: number; actions: number; assessments: number; consents: number };

type Step = {
  /** Up to `limit` rows still holding plaintext, after the id `after` (ids ascending). */
  load(db: Database, after: string, limit: number): Promise<{ id: string }[]>;
  /** Encrypts one row's plaintext and clears it, in one UPDATE. */
  encrypt(db: Database, cipher: FieldCipher, row: { id: string }): Promise<void>;
};

const FIRST_ID = "00000000-0000-0000-0000-000000000000";

function sealOrKeep(cipher: FieldCipher, existing: string | null, plain: string | null): string | null {
  // A ciphertext written since is newer than the plaintext left beside it.
  if (existing !== null) return existing;
  return plain === null ? null : cipher.encrypt(plain);
}

const goalStep: Step = {
  load: (db, after, limit) =>
    db
      .select({ id: goals.id })
      .from(goals)
      .where(and(gt(goals.id, after), or(isNotNull(goals.legacyText), isNotNull(goals.legacyGasLevels))))
      .orderBy(asc(goals.id))
      .limit(limit),
  async encrypt(db, cipher, { id }) {
    const [row] = await db.select().from(goals).where(eq(goals.id, id)).for("update");
    if (!row) return;
    const gasLevels = row.legacyGasLevels === null ? null : JSON.stringify(row.legacyGasLevels);
    await db
      .update(goals)
      .set({
        textCipher: sealOrKeep(cipher, row.textCipher, row.legacyText),
        legacyText: null,
        gasLevelsCipher: sealOrKeep(cipher, row.gasLevelsCipher, gasLevels),
        legacyGasLevels: null,
      })
      .where(eq(goals.id, id));
  },
};

const actionStep: Step = {
  load: (db, after, limit) =>
    db
      .select({ id: actions.id })
      .from(actions)
      .where(and(gt(actions.id, after), or(isNotNull(actions.legacyFreeText), isNotNull(actions.legacyBarrierNote))))
      .orderBy(asc(actions.id))
      .limit(limit),
  async encrypt(db, cipher, { id }) {
    const [row] = await db.select().from(actions).where(eq(actions.id, id)).for("update");
    if (!row) return;
    await db
      .update(actions)
      .set({
        freeTextCipher: sealOrKeep(cipher, row.freeTextCipher, row.legacyFreeText),
        legacyFreeText: null,
        barrierNoteCipher: sealOrKeep(cipher, row.barrierNoteCipher, row.legacyBarrierNote),
        legacyBarrierNote: null,
      })
      .where(eq(actions.id, id));
  },
};

/** Content that may still hold a `note` key somewhere (split decides; a false match changes nothing). */
const mayHoldNotes: SQL = sql`${assessments.content}::text like '%"note":%'`;

const assessmentStep: Step = {
  load: (db, after, limit) =>
    db
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(gt(assessments.id, after), mayHoldNotes))
      .orderBy(asc(assessments.id))
      .limit(limit),
  async encrypt(db, cipher, { id }) {
    const [row] = await db.select().from(assessments).where(eq(assessments.id, id)).for("update");
    if (!row) return;
    const { facts, notes } = splitAssessmentNotes(row.content);
    if (notes.length === 0) return;
    const earlier: AssessmentNote[] =
      row.notesCipher === null ? [] : AssessmentNotesSchema.parse(JSON.parse(cipher.decrypt(row.notesCipher)));
    await db
      .update(assessments)
      .set({ content: facts, notesCipher: cipher.encrypt(JSON.stringify([...notes, ...earlier])) })
      .where(eq(assessments.id, id));
  },
};

/** A recipient that is not a provider id (named organisations, typed by a person). */
const namedRecipient: SQL = sql`${consents.recipient} is not null and ${consents.recipient} !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

const consentStep: Step = {
  load: (db, after, limit) =>
    db
      .select({ id: consents.id })
      .from(consents)
      .where(and(gt(consents.id, after), namedRecipient))
      .orderBy(asc(consents.id))
      .limit(limit),
  async encrypt(db, cipher, { id }) {
    const [row] = await db.select().from(consents).where(eq(consents.id, id)).for("update");
    if (!row || row.recipient === null || isProviderRecipient(row.recipient)) return;
    await db
      .update(consents)
      .set({ recipientCipher: sealOrKeep(cipher, row.recipientCipher, row.recipient), recipient: null })
      .where(eq(consents.id, id));
  },
};

const STEPS: Record<keyof NarrativeEncryptionCounts, Step> = {
  goals: goalStep,
  actions: actionStep,
  assessments: assessmentStep,
  consents: consentStep,
};

/**
 * Encrypts the narrative still stored in plaintext, `batchSize` rows per transaction, and
 * returns how many rows of each table it encrypted (all zero once done). Row-level security is
 * bypassed as for migrations: run it as the database owner (start-up, db:migrate).
 */
export async function encryptLegacyNarrative(
  db: Database,
  cipher: FieldCipher,
  batchSize = 200,
): Promise<NarrativeEncryptionCounts> {
  const counts: NarrativeEncryptionCounts = { goals: 0, actions: 0, assessments: 0, consents: 0 };
  for (const [name, step] of Object.entries(STEPS) as [keyof NarrativeEncryptionCounts, Step][]) {
    let after = FIRST_ID;
    for (;;) {
      const rows = await db.transaction(async (tx) => {
        const batch = await step.load(tx, after, batchSize);
        for (const row of batch) await step.encrypt(tx, cipher, row);
        return batch;
      });
      counts[name] += rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < batchSize) break;
      after = last.id;
    }
  }
  return counts;
}
