import {
  type AnyPgColumn,
  actions,
  appointments,
  assessments,
  clientIdentities,
  clients,
  complaints,
  consents,
  type Database,
  documents,
  eq,
  goals,
  identityReveals,
  notes,
  or,
  plans,
  reviews,
  sql,
  type Table,
  users,
} from "@gesim/db";
import { type FieldCipher, FieldCipherError } from "./field-cipher.ts";

type Row = { key: string; values: (string | null)[] };

/** One table's encrypted columns: how to load rows with a value under an old key, and save them. */
type Target = {
  name: string;
  columns: readonly string[];
  /** Columns holding a file's bytes (documents): re-encrypted as bytes, not as text. */
  binary?: readonly boolean[];
  /** At most this many rows a batch (a document may be 10 MB). */
  maxBatch?: number;
  load(db: Database, activeKeyId: string, limit: number): Promise<Row[]>;
  save(db: Database, row: Row): Promise<void>;
};

/** Any column (the type drizzle's comparison helpers take). */
type Column = Parameters<typeof eq>[0];

/** A ciphertext made with another key than the active one (the key id is the second part). */
function isStale(column: Column, activeKeyId: string) {
  return sql`(${column} like 'gcm1.%' and split_part(${column}, '.', 2) <> ${activeKeyId})`;
}

/** A table's encrypted columns, keyed by its id: `[column name, column, drizzle property]` each. */
function encryptedColumns(
  name: string,
  table: Table,
  id: AnyPgColumn,
  columns: readonly (readonly [columnName: string, column: AnyPgColumn, property: string])[],
): Target {
  return {
    name,
    columns: columns.map(([columnName]) => columnName),
    async load(db, active, limit) {
      const selection = Object.fromEntries(columns.map(([, column], i) => [`v${i}`, column]));
      const rows = await db
        .select({ key: id, ...selection })
        .from(table)
        .where(or(...columns.map(([, column]) => isStale(column, active))))
        .limit(limit);
      return rows.map((r) => {
        const values = r as Record<string, unknown>;
        return { key: String(r.key), values: columns.map((_, i) => values[`v${i}`] as string | null) };
      });
    },
    async save(db, { key, values }) {
      const set = Object.fromEntries(
        columns.flatMap(([, , property], i) =>
          values[i] === null || values[i] === undefined ? [] : [[property, values[i]]],
        ),
      );
      if (Object.keys(set).length > 0)
        await db
          .update(table)
          .set(set as never)
          .where(eq(id, key));
    },
  };
}

/** A table with one encrypted column, keyed by its id. */
function singleColumn(
  name: string,
  columnName: string,
  table: Table,
  id: AnyPgColumn,
  column: AnyPgColumn,
  property: string,
): Target {
  return encryptedColumns(name, table, id, [[columnName, column, property]]);
}

const TARGETS: readonly Target[] = [
  {
    name: "client_identities",
    columns: ["legal_name", "date_of_birth", "contact", "address"],
    async load(db, active, limit) {
      const t = clientIdentities;
      const rows = await db
        .select({ key: t.clientId, a: t.legalName, b: t.dateOfBirth, c: t.contact, d: t.address })
        .from(t)
        .where(
          or(
            isStale(t.legalName, active),
            isStale(t.dateOfBirth, active),
            isStale(t.contact, active),
            isStale(t.address, active),
          ),
        )
        .limit(limit);
      return rows.map((r) => ({ key: r.key, values: [r.a, r.b, r.c, r.d] }));
    },
    async save(db, { key, values: [legalName = null, dateOfBirth = null, contact = null, address = null] }) {
      await db
        .update(clientIdentities)
        .set({ legalName, dateOfBirth, contact, address })
        .where(eq(clientIdentities.clientId, key));
    },
  },
  singleColumn("notes", "body", notes, notes.id, notes.body, "body"),
  singleColumn("reviews", "summary", reviews, reviews.id, reviews.summary, "summary"),
  singleColumn("plans", "return_comment", plans, plans.id, plans.returnComment, "returnComment"),
  singleColumn(
    "identity_reveals",
    "justification",
    identityReveals,
    identityReveals.id,
    identityReveals.justification,
    "justification",
  ),
  singleColumn("users", "totp_secret", users, users.id, users.totpSecret, "totpSecret"),
  // Her narrative (issue 15, item 4).
  encryptedColumns("goals", goals, goals.id, [
    ["text_cipher", goals.textCipher, "textCipher"],
    ["gas_levels_cipher", goals.gasLevelsCipher, "gasLevelsCipher"],
  ]),
  encryptedColumns("actions", actions, actions.id, [
    ["free_text_cipher", actions.freeTextCipher, "freeTextCipher"],
    ["barrier_note_cipher", actions.barrierNoteCipher, "barrierNoteCipher"],
  ]),
  singleColumn("assessments", "notes_cipher", assessments, assessments.id, assessments.notesCipher, "notesCipher"),
  singleColumn("consents", "recipient_cipher", consents, consents.id, consents.recipientCipher, "recipientCipher"),
  // Documents (issue 19): the title as text, the file as bytes, a few rows at a time.
  {
    ...encryptedColumns("documents", documents, documents.id, [
      ["title_cipher", documents.titleCipher, "titleCipher"],
      ["content_cipher", documents.contentCipher, "contentCipher"],
    ]),
    binary: [false, true],
    maxBatch: 4,
  },
  // Where her appointments take place (issue 19).
  singleColumn("appointments", "place_cipher", appointments, appointments.id, appointments.placeCipher, "placeCipher"),
  // Her code word for safe contact (issue 16), kept apart from her contact rules.
  singleColumn(
    "clients",
    "safe_contact_code_word_cipher",
    clients,
    clients.id,
    clients.safeContactCodeWordCipher,
    "safeContactCodeWordCipher",
  ),
  // What her complaints say and how they ended (issue 21).
  encryptedColumns("complaints", complaints, complaints.id, [
    ["details_cipher", complaints.detailsCipher, "detailsCipher"],
    ["outcome_cipher", complaints.outcomeCipher, "outcomeCipher"],
  ]),
];

/** Every column key rotation re-encrypts, as "table.column": a test holds it against the schema. */
export function rotatedColumns(): string[] {
  return TARGETS.flatMap((target) => target.columns.map((column) => `${target.name}.${column}`));
}

export type RotationCounts = Record<string, { rows: number; values: number }>;

/**
 * Re-encrypts every encrypted value not made with the cipher's active key (identity fields,
 * note bodies, review summaries, plan return comments, reveal justifications, TOTP secrets, and
 * her narrative: goal wording and scale descriptions, step free text and barrier notes,
 * assessment notes, named consent recipients, appointment places) and documents (title and file),
 * a batch per transaction. Idempotent: a second
 * run finds nothing to do. A value under a key the cipher does not hold stops the run with
 * the key id (add it to GESIM_ENCRYPTION_PREVIOUS_KEYS); batches done so far stay done.
 */
export async function rotateKeys(db: Database, cipher: FieldCipher, batchSize = 500): Promise<RotationCounts> {
  const counts: RotationCounts = {};
  for (const target of TARGETS) {
    const count = { rows: 0, values: 0 };
    for (;;) {
      const done = await db.transaction(async (tx) => {
        const size = Math.min(batchSize, target.maxBatch ?? batchSize);
        const rows = await target.load(tx, cipher.activeKeyId, size);
        for (const row of rows) {
          const values = row.values.map((value, i) => {
            // Not ours (never encrypted) stays as it is; a damaged ciphertext stops the run (decrypt throws).
            if (value === null || !value.startsWith("gcm1.") || cipher.keyIdOf(value) === cipher.activeKeyId)
              return value;
            count.values += 1;
            return target.binary?.[i]
              ? cipher.encryptBytes(cipher.decryptBytes(value))
              : cipher.encrypt(cipher.decrypt(value));
          });
          await target.save(tx, { key: row.key, values });
        }
        count.rows += rows.length;
        return rows.length < size;
      });
      if (done) break;
    }
    counts[target.name] = count;
  }
  return counts;
}

/**
 * Reads one encrypted value of every encrypted column and returns the tables whose value the
 * cipher cannot decrypt (a missing key or another key under the same id). Cheap enough for
 * start-up: a server started with the wrong key refuses instead of answering 500 later.
 */
export async function findUndecryptable(db: Database, cipher: FieldCipher): Promise<string[]> {
  const failing: string[] = [];
  for (const target of TARGETS) {
    // No key id is empty, so every encrypted value counts as "stale": the first one found is read.
    const rows = await target.load(db, "", 1);
    for (const value of rows[0]?.values ?? []) {
      if (value === null || !value.startsWith("gcm1.")) continue;
      try {
        cipher.decryptBytes(value);
      } catch {
        failing.push(target.name);
        break;
      }
    }
  }
  return failing;
}

/** The start-up check: throws a FieldCipherError that names the fix when stored values cannot be read. */
export async function assertKeysReadData(
  db: Database,
  cipher: FieldCipher,
  embeddedKeyFile: string | undefined,
): Promise<void> {
  const failing = await findUndecryptable(db, cipher);
  if (failing.length === 0) return;
  const fix = embeddedKeyFile
    ? `put the key this data was written with back in ${embeddedKeyFile} (a backup made with npm run backup carries it; restore it with npm run restore), or set GESIM_ENCRYPTION_KEY to it`
    : "set GESIM_ENCRYPTION_KEY to the key this data was written with (and GESIM_ENCRYPTION_PREVIOUS_KEYS to older keys during a rotation)";
  throw new FieldCipherError(
    `The encryption key cannot read the stored data (${failing.join(", ")}); not starting. To fix it, ${fix}. If a key rotation was interrupted, run npm run keys:rotate again.`,
  );
}
