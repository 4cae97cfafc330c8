import { clientIdentities, consents, documents, eq, goals, notes, reviews, sql, users } from "@gesim/db";
import { createTestDb, type TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../demo/seed-demo.ts";
import { jpegWithGpsExif, pdfFile } from "../testing/test-files.ts";
import { TODAY } from "../testing/test-support.ts";
import { createFieldCipher, generateKey, parseKey } from "./field-cipher.ts";
import { rotatedColumns, rotateKeys } from "./rotate-keys.ts";

const oldKey = parseKey(generateKey());
const newKey = parseKey(generateKey());
const oldCipher = createFieldCipher(oldKey);
const rotating = createFieldCipher(newKey, [oldKey]);
const newOnly = createFieldCipher(newKey);

let handle: TestDb;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemoIfEmpty(handle.db, TODAY, oldCipher);
  const [client] = await handle.db.select().from(clientIdentities).limit(1);
  await handle.db
    .update(clientIdentities)
    .set({ contact: oldCipher.encrypt("+00 000 fictional"), address: null })
    .where(eq(clientIdentities.clientId, client?.clientId ?? ""));
  await handle.db.insert(reviews).values({
    organisationId: client?.organisationId ?? "",
    clientId: client?.clientId ?? "",
    reviewedOn: TODAY,
    summary: oldCipher.encrypt("Fictional review summary."),
  });
  await handle.db
    .update(users)
    .set({ totpSecret: oldCipher.encrypt("JBSWY3DPEHPK3PXP") })
    .where(eq(users.email, "manager@demo.test"));
  // Documents (issue 19): more than one batch of files, every byte value among them.
  const files = [pdfFile("Fictional permit"), jpegWithGpsExif(), Buffer.from(Array.from({ length: 256 }, (_, i) => i))];
  await handle.db.insert(documents).values(
    Array.from({ length: 6 }, (_, i) => {
      const file = files[i % files.length] as Buffer;
      return {
        organisationId: client?.organisationId ?? "",
        clientId: client?.clientId ?? "",
        kind: "other" as const,
        titleCipher: oldCipher.encrypt(`Fictional document ${i}`),
        contentType: "application/pdf" as const,
        size: file.length,
        contentCipher: oldCipher.encryptBytes(file),
      };
    }),
  );
});
afterAll(() => handle.close());

async function everyCiphertext(): Promise<string[]> {
  const identities = await handle.db.select().from(clientIdentities);
  const values = [
    ...identities.flatMap((r) => [r.legalName, r.dateOfBirth, r.contact, r.address]),
    ...(await handle.db.select({ v: notes.body }).from(notes)).map((r) => r.v),
    ...(await handle.db.select({ v: reviews.summary }).from(reviews)).map((r) => r.v),
    ...(await handle.db.select({ v: users.totpSecret }).from(users)).map((r) => r.v),
    ...(await handle.db.select({ v: goals.textCipher }).from(goals)).map((r) => r.v),
    ...(await handle.db.select({ v: consents.recipientCipher }).from(consents)).map((r) => r.v),
  ];
  return values.filter((v): v is string => v !== null);
}

describe("rotateKeys", () => {
  it("re-encrypts every field with the new key, in batches; then the new key alone decrypts everything", async () => {
    const before = await everyCiphertext();
    const plaintexts = before.map((v) => oldCipher.decrypt(v)).sort();
    const counts = await rotateKeys(handle.db, rotating, 37);
    expect(counts.client_identities?.rows).toBe(150);
    expect(counts.notes?.values).toBeGreaterThan(50);
    expect(counts.reviews?.values).toBeGreaterThanOrEqual(1);
    expect(counts.users).toEqual({ rows: 1, values: 1 });
    // Her narrative (issue 15 item 4): the demo's goal wording and named sharing recipients.
    expect(counts.goals?.values).toBeGreaterThan(50);
    expect(counts.consents?.values).toBeGreaterThan(10);
    // Documents: six rows in batches of at most four, title and file each.
    expect(counts.documents).toEqual({ rows: 6, values: 12 });
    const after = await everyCiphertext();
    expect(after.every((v) => newOnly.keyIdOf(v) === newOnly.activeKeyId)).toBe(true);
    expect(after.map((v) => newOnly.decrypt(v)).sort()).toEqual(plaintexts);
  });

  it("re-encrypts documents, title and file, with the new key; the files come back byte for byte", async () => {
    const rows = await handle.db.select().from(documents).orderBy(documents.id);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(newOnly.keyIdOf(row.contentCipher)).toBe(newOnly.activeKeyId);
      expect(newOnly.keyIdOf(row.titleCipher)).toBe(newOnly.activeKeyId);
      expect(newOnly.decryptBytes(row.contentCipher).length).toBe(row.size);
      expect(newOnly.decrypt(row.titleCipher)).toMatch(/^Fictional document \d$/);
    }
    const bytes = rows.map((row) => newOnly.decryptBytes(row.contentCipher));
    expect(bytes.some((b) => b.equals(Buffer.from(Array.from({ length: 256 }, (_, i) => i))))).toBe(true);
    expect(bytes.some((b) => b.equals(jpegWithGpsExif()))).toBe(true);
  });

  it("covers every encrypted column of the schema: each *_cipher column is rotated", async () => {
    // A column added without its rotation would become unreadable once the old key is retired
    // (the code word and the complaints were missed once).
    const result = await handle.db.execute(
      sql`select table_name, column_name from information_schema.columns
          where table_schema = 'public' and column_name like '%\_cipher'`,
    );
    const rows = ((result as { rows?: unknown }).rows ?? result) as { table_name: string; column_name: string }[];
    const columns = rows.map((row) => `${row.table_name}.${row.column_name}`);
    expect(columns).toContain("complaints.details_cipher");
    expect(columns.filter((column) => !rotatedColumns().includes(column))).toEqual([]);
  });

  it("is idempotent: a second run finds nothing to do", async () => {
    const counts = await rotateKeys(handle.db, rotating);
    expect(Object.values(counts).every((c) => c.rows === 0 && c.values === 0)).toBe(true);
  });

  it("stops, naming the key id, at a value whose key it does not hold", async () => {
    const stranger = createFieldCipher(parseKey(generateKey()));
    const [note] = await handle.db.select().from(notes).orderBy(notes.id).limit(1);
    await handle.db
      .update(notes)
      .set({ body: stranger.encrypt("x") })
      .where(eq(notes.id, note?.id ?? ""));
    await expect(rotateKeys(handle.db, rotating)).rejects.toThrow(stranger.activeKeyId);
  });
});

describe("rotateKeys on damaged values", () => {
  it("stops on a damaged ciphertext instead of looping", async () => {
    const [note] = await handle.db.select().from(notes).orderBy(notes.id).limit(1);
    await handle.db
      .update(notes)
      .set({ body: "gcm1.damaged" })
      .where(eq(notes.id, note?.id ?? ""));
    await expect(rotateKeys(handle.db, rotating)).rejects.toThrow("not an encrypted field value");
  });
});
