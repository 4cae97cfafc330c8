// Test helpers (imported by *.test.ts only): a migrated database with the demo seed, and a
// tRPC caller signed in as any demo user.
import { createTestDb, type TestDb } from "@gesim/db/testing";
import { createContext } from "./context.ts";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "./demo/seed-demo.ts";
import { createCaller } from "./root.ts";

export const TODAY = "2026-11-23";
export const NOW = new Date(`${TODAY}T10:00:00Z`);

export async function createSeededDb(): Promise<TestDb> {
  const handle = await createTestDb();
  await seedDemoIfEmpty(handle.db, TODAY);
  return handle;
}

export async function anonymousCaller(handle: TestDb, now = NOW) {
  return createCaller(await createContext({ db: handle.db, dbKind: handle.kind, now }));
}

export async function callerFor(handle: TestDb, email: string, now = NOW) {
  const { sessionToken } = await (await anonymousCaller(handle, now)).auth.login({ email, password: DEMO_PASSWORD });
  return createCaller(await createContext({ db: handle.db, dbKind: handle.kind, sessionToken, now }));
}
