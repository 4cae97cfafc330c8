// Test helpers (imported by *.test.ts only): a migrated database with the demo seed, and a
// tRPC caller signed in as any demo user.
import { createTestDb, type TestDb } from "@gesim/db/testing";
import { type CreateContextOptions, createContext } from "../context.ts";
import { createFieldCipher, generateKey, parseKey } from "../crypto/field-cipher.ts";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../demo/seed-demo.ts";
import { createCaller } from "../root.ts";

export const TODAY = "2026-11-23";
export const NOW = new Date(`${TODAY}T10:00:00Z`);
export const TEST_CIPHER = createFieldCipher(parseKey(generateKey()));

export function contextOptions(handle: TestDb, extra: Partial<CreateContextOptions> = {}): CreateContextOptions {
  return { db: handle.db, dbKind: handle.kind, cipher: TEST_CIPHER, now: NOW, ...extra };
}

export async function createSeededDb(): Promise<TestDb> {
  const handle = await createTestDb();
  await seedDemoIfEmpty(handle.db, TODAY, TEST_CIPHER);
  return handle;
}

export async function anonymousCaller(handle: TestDb, now = NOW) {
  return createCaller(await createContext(contextOptions(handle, { now })));
}

export async function callerFor(handle: TestDb, email: string, now = NOW) {
  const { sessionToken } = await (await anonymousCaller(handle, now)).auth.login({ email, password: DEMO_PASSWORD });
  return createCaller(await createContext(contextOptions(handle, { sessionToken, now })));
}
