import { and, auditEvents, eq, serviceProviders } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, createSeededDb } from "../testing/test-support.ts";
import { codeOf } from "../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const NEW_PROVIDER = {
  name: "Test Counselling Service (demo)",
  domains: ["therapy" as const],
  languages: ["EN", "ro"],
  isWomenOnly: true,
  acceptsMothersWithChildren: false,
  contact: "Shelter Street 1, Example Town",
};

describe("providers.list", () => {
  it("lets caseworkers, managers and admins read the directory, a page at a time", async () => {
    for (const email of ["caseworker@demo.test", "manager@demo.test", "admin@demo.test"]) {
      const caller = await callerFor(handle, email);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await caller.providers.list({ limit: 4, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen).size).toBe(11); // 12 seeded, one inactive
    }
  });

  it("refuses funders and anonymous callers", async () => {
    expect(await codeOf((await callerFor(handle, "funder@demo.test")).providers.list())).toBe("FORBIDDEN");
    expect(await codeOf((await anonymousCaller(handle)).providers.list())).toBe("UNAUTHORIZED");
  });

  it("filters by domain, language, women-only, mothers with children and active", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const shelters = await caller.providers.list({ domain: "accommodation" });
    expect(shelters.items.length).toBeGreaterThan(0);
    expect(shelters.items.every((p) => p.domains.includes("accommodation"))).toBe(true);
    const english = await caller.providers.list({ language: "EN" });
    expect(english.items.every((p) => p.languages.includes("en"))).toBe(true);
    const forMothers = await caller.providers.list({ isWomenOnly: true, acceptsMothersWithChildren: true });
    expect(forMothers.items.length).toBeGreaterThan(0);
    expect(forMothers.items.every((p) => p.isWomenOnly && p.acceptsMothersWithChildren)).toBe(true);
    const inactive = await caller.providers.list({ isActive: false });
    expect(inactive.items.map((p) => p.isActive)).toEqual([false]);
  });

  it("refuses a malformed cursor or filter as bad input", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    expect(await codeOf(caller.providers.list({ cursor: "not-a-cursor" }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.providers.list({ domain: "shopping" as never }))).toBe("BAD_REQUEST");
  });
});

describe("providers.get", () => {
  it("returns a provider of the organisation and hides another organisation's", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    expect((await caller.providers.get({ providerId: ids.own.providerId })).id).toBe(ids.own.providerId);
    expect(await codeOf(caller.providers.get({ providerId: ids.other.providerId }))).toBe("NOT_FOUND");
  });
});

describe("providers.create / update / deactivate", () => {
  it("lets managers and admins create, with an audit event; others are refused", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const created = await manager.providers.create(NEW_PROVIDER);
    expect(created.version).toBe(1);
    const [row] = await handle.db.select().from(serviceProviders).where(eq(serviceProviders.id, created.id));
    expect(row).toMatchObject({
      languages: ["en", "ro"],
      contact: NEW_PROVIDER.contact,
      organisationId: ids.own.organisationId,
    });
    const events = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "providers.create"), eq(auditEvents.entityId, created.id)));
    expect(events).toHaveLength(1);
    expect((await (await callerFor(handle, "admin@demo.test")).providers.create(NEW_PROVIDER)).id).toBeDefined();
    expect(await codeOf((await callerFor(handle, "caseworker@demo.test")).providers.create(NEW_PROVIDER))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf((await callerFor(handle, "funder@demo.test")).providers.create(NEW_PROVIDER))).toBe(
      "FORBIDDEN",
    );
  });

  it("refuses bad input", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    expect(await codeOf(admin.providers.create({ ...NEW_PROVIDER, name: " " }))).toBe("BAD_REQUEST");
    expect(await codeOf(admin.providers.create({ ...NEW_PROVIDER, domains: [] }))).toBe("BAD_REQUEST");
    expect(await codeOf(admin.providers.create({ ...NEW_PROVIDER, contact: "x".repeat(1001) }))).toBe("BAD_REQUEST");
  });

  it("updates with the version read, refuses a stale one and another organisation's provider", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const { id } = await admin.providers.create(NEW_PROVIDER);
    const updated = await admin.providers.update({
      providerId: id,
      version: 1,
      ...NEW_PROVIDER,
      name: "Renamed Service (demo)",
    });
    expect(updated.version).toBe(2);
    expect(await codeOf(admin.providers.update({ providerId: id, version: 1, ...NEW_PROVIDER }))).toBe("CONFLICT");
    expect(
      await codeOf(admin.providers.update({ providerId: ids.other.providerId, version: 1, ...NEW_PROVIDER })),
    ).toBe("NOT_FOUND");
    expect((await admin.providers.get({ providerId: id })).name).toBe("Renamed Service (demo)");
  });

  it("deactivates: the provider leaves the active directory", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const { id } = await manager.providers.create(NEW_PROVIDER);
    expect(await codeOf(manager.providers.deactivate({ providerId: id, version: 7 }))).toBe("CONFLICT");
    expect(await manager.providers.deactivate({ providerId: id, version: 1 })).toEqual({ id, version: 2 });
    const active = await manager.providers.list({ limit: 100 });
    expect(active.items.map((p) => p.id)).not.toContain(id);
    expect(await codeOf(manager.providers.deactivate({ providerId: ids.other.providerId, version: 1 }))).toBe(
      "NOT_FOUND",
    );
  });
});
