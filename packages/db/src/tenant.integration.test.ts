import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberships } from "./schema/auth.ts";
import { clients, organisations, users } from "./schema/index.ts";
import { withTenant } from "./tenant.ts";
import { createTestDb, type TestDb } from "./testing.ts";

let handle: TestDb;
let orgA = "";
let orgB = "";

beforeAll(async () => {
  handle = await createTestDb();
  const [a, b] = await handle.db
    .insert(organisations)
    .values([{ name: "A" }, { name: "B" }])
    .returning();
  orgA = a?.id ?? "";
  orgB = b?.id ?? "";
  await handle.db.insert(clients).values([
    { organisationId: orgA, pseudonym: "A-1", firstContactDate: "2026-01-01" },
    { organisationId: orgA, pseudonym: "A-2", firstContactDate: "2026-01-01" },
    { organisationId: orgB, pseudonym: "B-1", firstContactDate: "2026-01-01" },
  ]);
  const [ua, ub] = await handle.db
    .insert(users)
    .values([
      { email: "a@x.test", displayName: "A user", passwordHash: "x" },
      { email: "b@x.test", displayName: "B user", passwordHash: "x" },
    ])
    .returning();
  await handle.db.insert(memberships).values([
    { organisationId: orgA, userId: ua?.id ?? "", role: "manager" },
    { organisationId: orgB, userId: ub?.id ?? "", role: "manager" },
  ]);
});
afterAll(() => handle.close());

describe("row-level security", () => {
  it("hides other organisations' rows from a query without a tenant filter", async () => {
    const seen = await withTenant(handle.db, orgA, (tx) => tx.select({ pseudonym: clients.pseudonym }).from(clients));
    expect(seen.map((r) => r.pseudonym).sort()).toEqual(["A-1", "A-2"]);
    const raw = await withTenant(handle.db, orgB, (tx) => tx.execute(sql`select pseudonym from clients`));
    expect(JSON.stringify(raw)).toContain("B-1");
    expect(JSON.stringify(raw)).not.toContain("A-1");
  });

  it("refuses to write a row into another organisation", async () => {
    await expect(
      withTenant(handle.db, orgA, (tx) =>
        tx.insert(clients).values({ organisationId: orgB, pseudonym: "sneaky", firstContactDate: "2026-01-01" }),
      ),
    ).rejects.toThrow();
    const [count] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(clients)
      .where(sql`pseudonym = 'sneaky'`);
    expect(count?.n).toBe(0);
  });

  it("cannot update or delete another organisation's rows", async () => {
    await withTenant(handle.db, orgA, async (tx) => {
      await tx.update(clients).set({ status: "paused" }).where(sql`true`);
      await tx.delete(clients).where(sql`pseudonym = 'B-1'`);
    });
    const rows = await handle.db
      .select({ pseudonym: clients.pseudonym, status: clients.status, organisationId: clients.organisationId })
      .from(clients);
    expect(rows.filter((r) => r.organisationId === orgB)).toMatchObject([{ pseudonym: "B-1", status: "intake" }]);
    expect(rows.filter((r) => r.organisationId === orgA).every((r) => r.status === "paused")).toBe(true);
  });

  it("shows only the organisation's own members in users and organisations", async () => {
    const seen = await withTenant(handle.db, orgA, async (tx) => ({
      users: await tx.select({ email: users.email }).from(users),
      orgs: await tx.select({ name: organisations.name }).from(organisations),
    }));
    expect(seen).toEqual({ users: [{ email: "a@x.test" }], orgs: [{ name: "A" }] });
  });

  it("protects every table that has an organisation_id, including tables added later", async () => {
    const result = await handle.db.execute(sql`
      select c.relname as table, c.relrowsecurity as protected
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from information_schema.columns col where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'organisation_id')`);
    const rows = ((result as { rows?: unknown }).rows ?? result) as { table: string; protected: boolean }[];
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.filter((row) => !row.protected).map((row) => row.table)).toEqual([]);
  });

  it("ends the confinement with the transaction", async () => {
    await withTenant(handle.db, orgA, async () => undefined);
    const rows = await handle.db.select().from(clients);
    expect(rows.length).toBe(3);
  });
});
