// Cross-package: the demo seed (api) on a real migrated database (db) through the router,
// with core's schemas at the boundary. Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.
import {
  createCaller,
  createContext,
  createFieldCipher,
  DEMO_PASSWORD,
  DEMO_USERS,
  generateKey,
  parseKey,
  seedDemoIfEmpty,
} from "@gesim/api";
import { clients, count, organisations } from "@gesim/db";
import { createTestDb, type TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const TODAY = "2026-11-23";
let handle: TestDb;
const cipher = createFieldCipher(parseKey(generateKey()));

beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describe("demo data through the API", () => {
  it("runs on the database the environment asks for", () => {
    expect(handle.kind).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
  });

  it("seeds once: about 150 clients in two organisations, then never again", async () => {
    expect(await seedDemoIfEmpty(handle.db, TODAY, cipher)).toBe(true);
    expect(await seedDemoIfEmpty(handle.db, TODAY, cipher)).toBe(false);
    const [orgs] = await handle.db.select({ n: count() }).from(organisations);
    const [people] = await handle.db.select({ n: count() }).from(clients);
    expect(orgs?.n).toBe(2);
    expect(people?.n).toBe(150);
  });

  it("spreads first contacts over the last 18 months", async () => {
    const rows = await handle.db.select({ firstContactDate: clients.firstContactDate }).from(clients);
    const dates = rows.map((r) => r.firstContactDate).sort();
    expect((dates[0] ?? "") >= "2025-05-23").toBe(true);
    expect((dates.at(-1) ?? "") <= TODAY).toBe(true);
    expect(dates.filter((d) => d >= "2026-08-23").length).toBeGreaterThan(10);
  });

  it("lets every demo user sign in and gives caseworkers and managers a caseload", async () => {
    for (const user of DEMO_USERS) {
      const anonymous = createCaller(await createContext({ db: handle.db, dbKind: handle.kind, cipher }));
      const { sessionToken } = await anonymous.auth.login({ email: user.email, password: DEMO_PASSWORD });
      const caller = createCaller(await createContext({ db: handle.db, dbKind: handle.kind, cipher, sessionToken }));
      if (user.role === "caseworker" || user.role === "manager") {
        const page = await caller.clients.list({ limit: 100 });
        expect(page.items.length).toBeGreaterThan(0);
      } else {
        await expect(caller.clients.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
    }
  });
});
