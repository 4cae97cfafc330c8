import type { ClientFacts } from "@gesim/core";
import { and, auditEvents, clientIdentities, eq, identityReveals } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, createSeededDb, TEST_CIPHER } from "../testing/test-support.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const REVEAL = { reason: "legal-proceedings", justification: "Court hearing on 3 Dec needs her legal name." } as const;
const FACTS: ClientFacts = {
  firstContactDate: "2026-10-01",
  childrenCount: 0,
  isPregnant: false,
  languages: ["ro"],
  needsInterpreter: true,
  identificationStatus: "not-assessed",
  cooperationWithAuthorities: "not-asked",
  isInTrainingOrWork: false,
};

async function auditActions(entityId: string) {
  const rows = await handle.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "identity"), eq(auditEvents.entityId, entityId)));
  return rows.map((row) => row.action);
}

describe("identity.set, status and reveal", () => {
  it("stores the details only as ciphertext and reveals them with a justification", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const client = await caller.clients.create({ ...FACTS, isAdult: true });
    await expect(caller.identity.status({ clientId: client.id })).resolves.toEqual({
      exists: false,
      has: { legalName: false, dateOfBirth: false, contact: false, address: false },
      version: null,
    });
    const saved = await caller.identity.set({
      clientId: client.id,
      legalName: "Fictional Maria Example",
      dateOfBirth: "1995-04-12",
      contact: "+00 000 0000",
    });
    expect(saved).toEqual({ version: 1 });
    // A plain select, as anyone with database access would see the row.
    const [raw] = await handle.db.select().from(clientIdentities).where(eq(clientIdentities.clientId, client.id));
    expect(raw?.address).toBeNull();
    for (const value of [raw?.legalName, raw?.dateOfBirth, raw?.contact]) {
      expect(value).toMatch(/^gcm1\./);
      expect(value).not.toContain("Maria");
      expect(value).not.toContain("1995");
    }
    await expect(caller.identity.status({ clientId: client.id })).resolves.toMatchObject({
      exists: true,
      has: { legalName: true, address: false },
      version: 1,
    });

    // Change one field without seeing the others; clear another.
    await caller.identity.set({ clientId: client.id, version: 1, address: "Fictional Street 1", contact: null });
    const revealed = await caller.identity.reveal({ clientId: client.id, ...REVEAL });
    expect(revealed).toEqual({
      legalName: "Fictional Maria Example",
      dateOfBirth: "1995-04-12",
      contact: null,
      address: "Fictional Street 1",
    });
    expect(await auditActions(client.id)).toEqual(
      expect.arrayContaining(["identity.update", "identity.status", "identity.reveal:legal-proceedings"]),
    );
    const reveals = await handle.db.select().from(identityReveals).where(eq(identityReveals.clientId, client.id));
    expect(reveals).toHaveLength(1);
    expect(reveals[0]?.reason).toBe("legal-proceedings");
    expect(reveals[0]?.justification.startsWith("gcm1.")).toBe(true);
    expect(TEST_CIPHER.decrypt(reveals[0]?.justification ?? "")).toBe(REVEAL.justification);
  });

  it("never writes the justification or her name into the audit log", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    await manager.identity.reveal({
      clientId: ids.colleague.clientId,
      reason: "other",
      justification: "Asked by Officer Fictional Jones today",
    });
    const rows = await handle.db.select().from(auditEvents);
    const text = JSON.stringify(rows);
    expect(text).not.toContain("Jones");
    expect(text).not.toContain("Fictional");
    expect(text).toContain("identity.reveal:other");
  });

  it("refuses a stale version and a second creation", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const { version } = await caller.identity.status({ clientId: ids.own.clientId });
    await expect(caller.identity.set({ clientId: ids.own.clientId, contact: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      caller.identity.set({ clientId: ids.own.clientId, version: (version ?? 1) + 5, contact: "x" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      caller.identity.set({ clientId: ids.own.clientId, version: version ?? 1, contact: "Fictional phone" }),
    ).resolves.toEqual({ version: (version ?? 1) + 1 });
  });

  it("needs a reason and a justification of at least 15 characters", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const short = await caller.identity
      .reveal({ clientId: ids.own.clientId, reason: "other", justification: "need it" })
      .catch((e: unknown) => e);
    expect(short).toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.identity.reveal({
        clientId: ids.own.clientId,
        reason: "curiosity",
        justification: REVEAL.justification,
      } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.identity.set({ clientId: ids.own.clientId, version: 1, dateOfBirth: "12/04/1995" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.identity.set({ clientId: ids.own.clientId, version: 1, legalName: "x".repeat(201) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is refused for a colleague's client, another organisation's, funders, admins and anonymous callers", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await expect(caseworker.identity.reveal({ clientId: ids.colleague.clientId, ...REVEAL })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(caseworker.identity.reveal({ clientId: ids.other.clientId, ...REVEAL })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      (await callerFor(handle, "manager@demo.test")).identity.status({ clientId: ids.other.clientId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const email of ["funder@demo.test", "admin@demo.test"]) {
      await expect(
        (await callerFor(handle, email)).identity.reveal({ clientId: ids.own.clientId, ...REVEAL }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect((await anonymousCaller(handle)).identity.status({ clientId: ids.own.clientId })).rejects.toMatchObject(
      { code: "UNAUTHORIZED" },
    );
    const denied = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "identity.reveal"), eq(auditEvents.outcome, "denied")));
    expect(denied.length).toBeGreaterThan(0);
  });

  it("keeps the seeded identities encrypted too", async () => {
    const rows = await handle.db.select({ legalName: clientIdentities.legalName }).from(clientIdentities).limit(20);
    expect(rows.length).toBe(20);
    for (const row of rows) expect(row.legalName).toMatch(/^gcm1\./);
  });
});
