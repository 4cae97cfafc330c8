// Test helpers (imported by *.test.ts only): a migrated database with the demo seed, and a
// tRPC caller signed in as any demo user. The databases are copies of templates that
// global-setup.ts prepares once per run.
import type { ClientFacts } from "@gesim/core";
import { createTestDb, type TestDb } from "@gesim/db/testing";
import { inject } from "vitest";
import { type CreateContextOptions, createContext } from "../context.ts";
import { createFieldCipher, parseKey } from "../crypto/field-cipher.ts";
import { DEMO_PASSWORD } from "../demo/seed-demo.ts";
import { createCaller } from "../root.ts";
import { NOW } from "./test-dates.ts";

export { NOW, TODAY } from "./test-dates.ts";
/** The field cipher the seeded template was encrypted with. */
export const TEST_CIPHER = createFieldCipher(parseKey(inject("testFieldKey")));

export function contextOptions(handle: TestDb, extra: Partial<CreateContextOptions> = {}): CreateContextOptions {
  return { db: handle.db, dbKind: handle.kind, cipher: TEST_CIPHER, now: NOW, ...extra };
}

/** A migrated database with the demo seed (encrypted with TEST_CIPHER), this file's own copy. */
export async function createSeededDb(): Promise<TestDb> {
  return createTestDb(undefined, inject("seededTemplate"));
}

/** A migrated, empty database, this file's own copy. */
export async function createMigratedDb(): Promise<TestDb> {
  return createTestDb(undefined, inject("migratedTemplate"));
}

export async function anonymousCaller(handle: TestDb, now = NOW) {
  return createCaller(await createContext(contextOptions(handle, { now })));
}

export async function callerFor(handle: TestDb, email: string, now = NOW) {
  const { sessionToken } = await (await anonymousCaller(handle, now)).auth.login({ email, password: DEMO_PASSWORD });
  return createCaller(await createContext(contextOptions(handle, { sessionToken, now })));
}

/** The least a caseworker records of a new woman at intake: an adult, first met on 2 November. */
export const NEW_CLIENT_FACTS: ClientFacts & { isAdult: true } = {
  isAdult: true,
  firstContactDate: "2026-11-02",
  childrenCount: 0,
  isPregnant: false,
  languages: ["ro"],
  needsInterpreter: false,
  identificationStatus: "not-assessed",
  cooperationWithAuthorities: "not-asked",
  isInTrainingOrWork: false,
};
