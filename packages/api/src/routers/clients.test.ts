import { actions, and, clients, count, eq, inArray, lt, memberships, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousCaller, callerFor, createSeededDb } from "../testing/test-support.ts";

let handle: TestDb;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

async function allPages(email: string) {
  const caller = await callerFor(handle, email);
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await caller.clients.list({ limit: 7, ...(cursor ? { cursor } : {}) });
    seen.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

async function caseworkerId(email: string) {
  const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id;
}

describe("clients.list", () => {
  it("gives a caseworker her own caseload only, every page once", async () => {
    const ids = await allPages("caseworker@demo.test");
    const own = await handle.db
      .select({ id: clients.id })
      .from(clients)
      .where(eq(clients.caseworkerId, (await caseworkerId("caseworker@demo.test")) ?? ""));
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(own.map((row) => row.id).sort());
  });

  it("gives a manager every client of her organisation and none of another", async () => {
    const ids = await allPages("manager@demo.test");
    expect(ids).toHaveLength(120);
    const [membership] = await handle.db
      .select()
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, "manager@demo.test"));
    const rows = await handle.db.select({ organisationId: clients.organisationId, id: clients.id }).from(clients);
    const own = rows
      .filter((row) => row.organisationId === membership?.memberships.organisationId)
      .map((row) => row.id);
    expect(ids.sort()).toEqual(own.sort());
  });

  it("keeps the second organisation's caseworker inside her organisation", async () => {
    const ids = new Set(await allPages("caseworker2@demo.test"));
    const demoIds = await allPages("manager@demo.test");
    expect(ids.size).toBe(30);
    expect(demoIds.some((id) => ids.has(id))).toBe(false);
  });

  it("shows her latest risk level and how many actions are overdue", async () => {
    const caller = await callerFor(handle, "manager@demo.test");
    const { items } = await caller.clients.list({ limit: 100 });
    const today = "2026-11-23";
    const withRisk = items.filter((item) => item.riskLevel !== null);
    expect(withRisk.length).toBeGreaterThan(10);
    expect(new Set(withRisk.map((item) => item.riskLevel)).size).toBeGreaterThan(1);
    for (const item of items.slice(0, 15)) {
      const [row] = await handle.db
        .select({ n: count() })
        .from(actions)
        .where(
          and(
            eq(actions.clientId, item.id),
            inArray(actions.status, ["planned", "in-progress"]),
            lt(actions.dueDate, today),
          ),
        );
      expect(item.overdueActions, item.pseudonym).toBe(row?.n ?? 0);
    }
    expect(items.some((item) => item.overdueActions > 0)).toBe(true);
  });

  it.each(["funder@demo.test", "admin@demo.test"])("refuses %s", async (email) => {
    await expect((await callerFor(handle, email)).clients.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses anyone not signed in", async () => {
    await expect((await anonymousCaller(handle)).clients.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("filters by status and searches pseudonyms, matching % and _ literally", async () => {
    const caller = await callerFor(handle, "manager@demo.test");
    const closed = await caller.clients.list({ status: "closed", limit: 100 });
    expect(closed.items.length).toBeGreaterThan(0);
    expect(closed.items.every((item) => item.status === "closed" && item.nextReviewDate === null)).toBe(true);
    const first = closed.items[0]?.pseudonym ?? "";
    const found = await caller.clients.list({ search: first.toLowerCase(), limit: 100 });
    expect(found.items.map((item) => item.pseudonym)).toContain(first);
    expect((await caller.clients.list({ search: "%" })).items).toEqual([]);
    expect((await caller.clients.list({ search: "_" })).items).toEqual([]);
  });

  it.each([
    [{ cursor: "not-a-cursor" }],
    [{ cursor: Buffer.from(JSON.stringify({ p: "x", i: "not-a-uuid" })).toString("base64url") }],
    [{ limit: 0 }],
    [{ limit: 1000 }],
    [{ status: "deleted" }],
    [{ search: "x".repeat(500) }],
  ])("rejects bad input %j with BAD_REQUEST", async (input) => {
    const caller = await callerFor(handle, "manager@demo.test");
    await expect(caller.clients.list(input as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
