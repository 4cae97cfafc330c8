// Her narrative at rest (issue 15, item 4): goal wording and scale descriptions, step free text
// and barrier notes, assessment notes and named consent recipients are stored as field-cipher
// ciphertext in `*_cipher` columns. Rows written before that keep plaintext in the old column
// until the encryption step (encrypt-legacy-narrative.ts) moves it, so every read takes the
// ciphertext when there is one and the old column otherwise.
import {
  type AssessmentNote,
  AssessmentNotesSchema,
  joinAssessmentNotes,
  type PlanGoal,
  splitAssessmentNotes,
} from "@gesim/core";
import type { FieldCipher } from "./field-cipher.ts";

/** What an erased goal says: a neutral dash (goal wording is required; no language needed). */
export const ERASED_GOAL_TEXT = "—";

/** Reads narrative columns: decrypts, or (for the plan checks, which never read it) only says it is there. */
export type NarrativeReader = {
  text(cipherValue: string | null, legacy: string | null): string | null;
  json(cipherValue: string | null, legacy: unknown): unknown;
};

export function narrativeReader(cipher: FieldCipher): NarrativeReader {
  return {
    text: (cipherValue, legacy) => (cipherValue === null ? legacy : cipher.decrypt(cipherValue)),
    json: (cipherValue, legacy) => (cipherValue === null ? legacy : JSON.parse(cipher.decrypt(cipherValue))),
  };
}

/** What the checks and indicators see of narrative: nothing decrypted, a stand-in where text exists. */
export const NARRATIVE_NOT_READ: NarrativeReader = {
  text: (cipherValue, legacy) => (cipherValue === null && legacy === null ? null : "…"),
  json: () => null,
};

function seal(cipher: FieldCipher, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : cipher.encrypt(value);
}

/** Goal columns for her wording and scale descriptions (the plaintext columns emptied). */
export function goalNarrativeColumns(cipher: FieldCipher, goal: Pick<PlanGoal, "text" | "gasLevels">) {
  return {
    legacyText: null,
    textCipher: cipher.encrypt(goal.text),
    legacyGasLevels: null,
    gasLevelsCipher: goal.gasLevels ? cipher.encrypt(JSON.stringify(goal.gasLevels)) : null,
  };
}

/** Action columns for the step's free text and barrier note. */
export function actionNarrativeColumns(
  cipher: FieldCipher,
  action: { freeText?: string | null | undefined; barrierNote?: string | null | undefined },
) {
  return {
    legacyFreeText: null,
    freeTextCipher: seal(cipher, action.freeText),
    legacyBarrierNote: null,
    barrierNoteCipher: seal(cipher, action.barrierNote),
  };
}

/** Only the barrier note (a review changes status and barrier, never the step's text). */
export function barrierNoteColumns(cipher: FieldCipher, barrierNote: string | null | undefined) {
  return { legacyBarrierNote: null, barrierNoteCipher: seal(cipher, barrierNote) };
}

/** A goal's wording: an erased goal (nothing stored) reads as the neutral dash. */
export function goalText(reader: NarrativeReader, row: { textCipher: string | null; legacyText: string | null }) {
  return reader.text(row.textCipher, row.legacyText) ?? ERASED_GOAL_TEXT;
}

/**
 * A UUID names one of the organisation's providers: a structured fact referrals check against,
 * kept plain. Anything else is a named organisation, typed by a person: encrypted.
 */
const PROVIDER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isProviderRecipient(recipient: string): boolean {
  return PROVIDER_ID.test(recipient);
}

export function consentRecipientColumns(cipher: FieldCipher, recipient: string | null | undefined) {
  if (recipient === null || recipient === undefined) return { recipient: null, recipientCipher: null };
  return isProviderRecipient(recipient)
    ? { recipient, recipientCipher: null }
    : { recipient: null, recipientCipher: cipher.encrypt(recipient) };
}

/** A consent's recipient: a provider id as it is stored, a named organisation through `reader`. */
export function consentRecipient(
  reader: NarrativeReader,
  row: { recipient: string | null; recipientCipher: string | null },
): string | null {
  if (row.recipient !== null && isProviderRecipient(row.recipient)) return row.recipient;
  return reader.text(row.recipientCipher, row.recipient);
}

/** Assessment columns: the content without its notes, and the notes encrypted (null when none). */
export function assessmentColumns(cipher: FieldCipher, content: unknown) {
  const { facts, notes } = splitAssessmentNotes(content);
  return { content: facts, notesCipher: notes.length > 0 ? cipher.encrypt(JSON.stringify(notes)) : null };
}

/** The content as she said it: the notes put back (content written before encryption still holds its own). */
export function assessmentContent(
  reader: NarrativeReader,
  row: { content: unknown; notesCipher: string | null },
): unknown {
  if (row.notesCipher === null) return row.content;
  const notes: AssessmentNote[] = AssessmentNotesSchema.parse(reader.json(row.notesCipher, null) ?? []);
  return joinAssessmentNotes(row.content, notes);
}
