import type { ClientFacts } from "@gesim/core";
import { and, auditEvents, clients, eq } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, createSeededDb } from "../../testing/test-support.ts";
import { insertWithGeneratedPseudonym } from "./create-client.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const FACTS: ClientFacts = {
  firstContactDate: "2026-11-01",
  firstContactChannel: "street-unit",
  citizenship: "third-country",
  ageBand: "25-34",
  childrenCount: 1,
  isPregnant: false,
  languages: ["en", "pcm"],
  needsInterpreter: true,
  legalStatus: "reflection-period",
  reflectionPeriodEnd: "2027-02-01",
  identificationStatus: "reasonable-grounds",
  cooperationWithAuthorities: "undecided",
  isInTrainingOrWork: false,
};

async function auditCount(action: string, entityId: string) {
  const rows = await handle.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));
  return rows.length;
}

describe("seeded profile facts", () => {
  it("are plausible (before any test adds clients): mostly third-country nationals, some mothers, EU citizens with EU status", async () => {
    const rows = await handle.db.select().from(clients);
    const share = (test: (row: (typeof rows)[number]) => boolean) => rows.filter(test).length / rows.length;
    expect(share((r) => r.citizenship === "third-country")).toBeGreaterThan(0.6);
    expect(share((r) => r.citizenship === "third-country")).toBeLessThan(0.8);
    expect(share((r) => r.childrenCount > 0)).toBeGreaterThan(0.3);
    expect(share((r) => r.ageBand !== null && r.legalStatus !== null && r.languages.length > 0)).toBe(1);
    expect(rows.every((r) => (r.citizenship === "eu") === (r.legalStatus === "eu-citizen"))).toBe(true);
    expect(rows.some((r) => r.isPregnant)).toBe(true);
  });
});

describe("clients.get", () => {
  it("gives her caseworker the pseudonymous record with its profile facts, audited", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const before = await auditCount("client.read", ids.own.clientId);
    const client = await caller.clients.get({ clientId: ids.own.clientId });
    expect(client).toMatchObject({
      id: ids.own.clientId,
      caseworkerId: ids.own.caseworkerUserId,
      caseworkerName: "Demo Caseworker",
      sharedWith: [],
    });
    expect(client.pseudonym).toMatch(/^[A-Z][a-z]+-\d{3}$/);
    expect(client.citizenship).not.toBeNull();
    expect(client.version).toBeGreaterThanOrEqual(1);
    expect(client).not.toHaveProperty("legalName");
    expect(await auditCount("client.read", ids.own.clientId)).toBe(before + 1);
  });

  it("gives a manager any client of her organisation", async () => {
    const caller = await callerFor(handle, "manager@demo.test");
    await expect(caller.clients.get({ clientId: ids.colleague.clientId })).resolves.toMatchObject({
      id: ids.colleague.clientId,
    });
  });

  it("refuses a colleague's client to a caseworker, another organisation's to everyone, and other roles", async () => {
    await expect(
      (await callerFor(handle, "caseworker@demo.test")).clients.get({ clientId: ids.colleague.clientId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await callerFor(handle, "manager@demo.test")).clients.get({ clientId: ids.other.clientId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const email of ["funder@demo.test", "admin@demo.test"]) {
      await expect((await callerFor(handle, email)).clients.get({ clientId: ids.own.clientId })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect((await anonymousCaller(handle)).clients.get({ clientId: ids.own.clientId })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(
      (await callerFor(handle, "manager@demo.test")).clients.get({ clientId: "nope" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("clients.create", () => {
  it("opens a case under a chosen pseudonym; the creating caseworker becomes her caseworker", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const created = await caller.clients.create({ ...FACTS, pseudonym: "Heather-501", isAdult: true });
    expect(created).toMatchObject({ pseudonym: "Heather-501", caseworkerId: ids.own.caseworkerUserId, version: 1 });
    const record = await caller.clients.get({ clientId: created.id });
    expect(record).toMatchObject({ ...FACTS, status: "intake", pseudonym: "Heather-501" });
    expect(await auditCount("client.create", created.id)).toBe(1);
  });

  it("generates a fictional pseudonym when none is chosen and derives the age band from her age", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const { ageBand: _band, ...facts } = FACTS;
    const created = await caller.clients.create({ ...facts, isAdult: true, ageYears: 40 });
    expect(created.pseudonym).toMatch(/^[A-Z][a-z]+-\d{3}$/);
    expect((await caller.clients.get({ clientId: created.id })).ageBand).toBe("35-44");
  });

  it("refuses a pseudonym already used in the organisation, but not one used in another", async () => {
    const [taken] = await handle.db
      .select({ pseudonym: clients.pseudonym })
      .from(clients)
      .where(eq(clients.id, ids.other.clientId));
    const manager = await callerFor(handle, "manager@demo.test");
    await manager.clients.create({ ...FACTS, pseudonym: "Bramble-777", isAdult: true });
    await expect(manager.clients.create({ ...FACTS, pseudonym: "Bramble-777", isAdult: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "clients.pseudonymTaken",
    });
    await expect(
      manager.clients.create({ ...FACTS, pseudonym: taken?.pseudonym ?? "", isAdult: true }),
    ).resolves.toMatchObject({ pseudonym: taken?.pseudonym });
  });

  it("retries a generated pseudonym that is already taken", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    await caller.clients.create({ ...FACTS, pseudonym: "Aster-001", isAdult: true });
    const draws = [0, 0, 0.5, 0.5];
    const values = {
      organisationId: ids.own.organisationId,
      caseworkerId: ids.own.caseworkerUserId,
      firstContactDate: FACTS.firstContactDate,
    };
    const created = await insertWithGeneratedPseudonym(handle.db, values, () => draws.shift() ?? 0);
    expect(created?.pseudonym).toBe("Myrtle-500");
    expect(await insertWithGeneratedPseudonym(handle.db, values, () => 0)).toBeNull();
  });

  it("refuses a minor and says she is referred to child protection", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    for (const answer of [{ isAdult: false }, { isAdult: true, ageYears: 16 }]) {
      const error = await caller.clients.create({ ...FACTS, ...answer }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST", message: "plan.error.minorIsReferral" });
    }
  });

  it("lets a manager assign a caseworker of her organisation, and nobody else", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const created = await manager.clients.create({
      ...FACTS,
      isAdult: true,
      caseworkerId: ids.colleague.caseworkerUserId,
    });
    expect(created.caseworkerId).toBe(ids.colleague.caseworkerUserId);
    await expect(
      manager.clients.create({ ...FACTS, isAdult: true, caseworkerId: ids.other.caseworkerUserId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const unassigned = await manager.clients.create({ ...FACTS, isAdult: true });
    expect(unassigned.caseworkerId).toBeNull();
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await expect(
      caseworker.clients.create({ ...FACTS, isAdult: true, caseworkerId: ids.colleague.caseworkerUserId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("records her choice about cooperating with the authorities without making it a condition", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const created = await caller.clients.create({
      ...FACTS,
      cooperationWithAuthorities: "not-cooperating",
      isAdult: true,
    });
    expect((await caller.clients.get({ clientId: created.id })).cooperationWithAuthorities).toBe("not-cooperating");
  });

  it.each([
    [{ ...FACTS, isAdult: true, pseudonym: "<b>x</b>" }],
    [{ ...FACTS, isAdult: true, childrenCount: -1 }],
    [{ ...FACTS, isAdult: true, citizenship: "martian" }],
    [{ ...FACTS, isAdult: true, firstContactDate: "yesterday" }],
    [{ ...FACTS }],
  ])("rejects bad input with BAD_REQUEST (%#)", async (input) => {
    await expect((await callerFor(handle, "manager@demo.test")).clients.create(input as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it.each(["funder@demo.test", "admin@demo.test"])("refuses %s", async (email) => {
    await expect((await callerFor(handle, email)).clients.create({ ...FACTS, isAdult: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("clients.update", () => {
  it("replaces the profile facts with the current version, and refuses a stale one", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const created = await caller.clients.create({ ...FACTS, isAdult: true });
    const updated = await caller.clients.update({
      ...FACTS,
      clientId: created.id,
      version: 1,
      status: "active",
      legalStatus: "residence-permit",
      reflectionPeriodEnd: undefined,
    });
    expect(updated).toMatchObject({ status: "active", version: 2 });
    expect(await caller.clients.get({ clientId: created.id })).toMatchObject({
      legalStatus: "residence-permit",
      reflectionPeriodEnd: null,
    });
    await expect(caller.clients.update({ ...FACTS, clientId: created.id, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "error.conflict",
    });
    expect(await auditCount("client.update", created.id)).toBe(1);
  });

  it("refuses a colleague's client to a caseworker and another organisation's client", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await expect(
      caseworker.clients.update({ ...FACTS, clientId: ids.colleague.clientId, version: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      caseworker.clients.update({ ...FACTS, clientId: ids.other.clientId, version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caseworker.clients.update({ ...FACTS, clientId: ids.own.clientId, version: 0 })).rejects.toMatchObject(
      { code: "BAD_REQUEST" },
    );
  });
});

describe("clients.colleagues", () => {
  it("lists the organisation's active caseworkers and managers by name, without email addresses", async () => {
    const colleagues = await (await callerFor(handle, "caseworker@demo.test")).clients.colleagues();
    expect(colleagues.map((c) => c.displayName)).toEqual(expect.arrayContaining(["Demo Caseworker"]));
    expect(new Set(colleagues.map((c) => c.role))).toEqual(new Set(["caseworker", "manager"]));
    expect(colleagues.some((c) => c.userId === ids.colleague.caseworkerUserId)).toBe(true);
    expect(colleagues.some((c) => c.userId === ids.other.caseworkerUserId)).toBe(false);
    for (const colleague of colleagues)
      expect(Object.keys(colleague).sort()).toEqual(["displayName", "role", "userId"]);
  });

  it("is the same list for a manager, and refused to funders, admins and anonymous callers", async () => {
    const manager = await (await callerFor(handle, "manager@demo.test")).clients.colleagues();
    expect(manager.length).toBeGreaterThan(1);
    for (const email of ["funder@demo.test", "admin@demo.test"]) {
      await expect((await callerFor(handle, email)).clients.colleagues()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect((await anonymousCaller(handle)).clients.colleagues()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
