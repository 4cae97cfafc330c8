import { and, auditEvents, eq, organisations } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChains } from "../../audit/record-audit.ts";
import { everythingAbout, fillFreeText, MARKER } from "../../testing/erasure-fixtures.ts";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { callerFor, createSeededDb, TEST_CIPHER } from "../../testing/test-support.ts";
import { codeOf, messageOf } from "../../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

async function closeAs(email: string, clientId: string) {
  const caller = await callerFor(handle, email);
  const client = await caller.clients.get({ clientId });
  return caller.clients.close({ clientId, version: client.version, reasons: ["her-choice"] });
}

describe("clients.erase", () => {
  it("refuses caseworkers, funders and admins, and another organisation's client", async () => {
    const { clientId } = ids.own;
    for (const email of ["caseworker@demo.test", "funder@demo.test", "admin@demo.test"]) {
      expect(
        await codeOf((await callerFor(handle, email)).clients.erase({ clientId, version: 1, reason: "her-request" })),
      ).toBe("FORBIDDEN");
    }
    const manager = await callerFor(handle, "manager@demo.test");
    expect(
      await codeOf(manager.clients.erase({ clientId: ids.other.clientId, version: 1, reason: "her-request" })),
    ).toBe("NOT_FOUND");
  });

  it("refuses an open case and a stale version, and erases nothing then", async () => {
    const { clientId, organisationId } = ids.own;
    await fillFreeText(handle.db, TEST_CIPHER, organisationId, clientId);
    const manager = await callerFor(handle, "manager@demo.test");
    const open = await manager.clients.get({ clientId });
    expect(await messageOf(manager.clients.erase({ clientId, version: open.version, reason: "her-request" }))).toBe(
      "erasure.error.notClosed",
    );
    const closed = await closeAs("manager@demo.test", clientId);
    expect(await codeOf(manager.clients.erase({ clientId, version: closed.version - 1, reason: "her-request" }))).toBe(
      "CONFLICT",
    );
    expect(JSON.stringify(await everythingAbout(handle.db, TEST_CIPHER, clientId))).toContain(MARKER);
  });

  it("erases identity, notes, free text and shares, keeps the statistics, and audits only the reason", async () => {
    const { clientId, organisationId } = ids.own;
    const manager = await callerFor(handle, "manager@demo.test");
    await manager.clients.share({ clientId, userId: ids.colleague.caseworkerUserId });
    const before = await manager.clients.get({ clientId });
    const result = await manager.clients.erase({ clientId, version: before.version, reason: "her-request" });
    expect(result.version).toBe(before.version + 1);

    const held = await everythingAbout(handle.db, TEST_CIPHER, clientId);
    expect(JSON.stringify(held)).not.toContain(MARKER);
    expect(JSON.stringify(held)).not.toContain(before.pseudonym);
    for (const table of ["notes", "client_identities", "identity_reveals", "client_shares"] as const)
      expect(held[table]).toEqual([]);
    expect(held.goals?.length).toBeGreaterThan(0);
    expect(held.closures).toHaveLength(1);

    const after = await manager.clients.get({ clientId });
    expect(after.erasedAt).toEqual(expect.any(Date));
    expect(after).toMatchObject({
      status: "closed",
      citizenship: before.citizenship,
      ageBand: before.ageBand,
      languages: before.languages,
      sharedWith: [],
    });
    expect(await manager.identity.status({ clientId })).toMatchObject({ exists: false });
    expect((await manager.notes.list({ clientId })).items).toEqual([]);
    // Her plan still opens (the checks need goal wording): each goal reads "—".
    expect((await manager.plans.get({ clientId })).goals.map((g) => g.text)).toEqual(expect.arrayContaining(["—"]));

    const [event] = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.action, "client.erase:her-request")));
    expect(event).toMatchObject({ entityType: "client", entityId: clientId, outcome: "ok" });
    expect(JSON.stringify(event)).not.toContain(before.pseudonym);
    expect((await verifyAuditChains(handle.db)).every((chain) => chain.ok)).toBe(true);
  });

  it("refuses every later write to the erased record, and a second erasure", async () => {
    const { clientId } = ids.own;
    const manager = await callerFor(handle, "manager@demo.test");
    const { version } = await manager.clients.get({ clientId });
    expect(await messageOf(manager.notes.create({ clientId, body: "Anything" }))).toBe("erasure.error.erased");
    expect(await messageOf(manager.clients.reopen({ clientId, version }))).toBe("erasure.error.erased");
    expect(
      await messageOf(
        manager.identity.reveal({ clientId, reason: "her-request", justification: "She asked to see what is left" }),
      ),
    ).toBe("erasure.error.erased");
    expect(await messageOf(manager.clients.erase({ clientId, version, reason: "her-request" }))).toBe(
      "erasure.error.erased",
    );
  });
});

describe("admin.organisation.setRetention", () => {
  it("lets managers and admins set both periods with the version they read", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const current = await manager.admin.organisation.get();
    expect(current).toMatchObject({ retainNotesMonths: 24, retainIdentityMonths: 36 });
    const updated = await manager.admin.organisation.setRetention({
      retainNotesMonths: 12,
      retainIdentityMonths: 60,
      version: current.version,
    });
    expect(updated).toMatchObject({ retainNotesMonths: 12, retainIdentityMonths: 60, version: current.version + 1 });
    const admin = await callerFor(handle, "admin@demo.test");
    expect(
      await codeOf(
        admin.admin.organisation.setRetention({
          retainNotesMonths: 6,
          retainIdentityMonths: 6,
          version: current.version,
        }),
      ),
    ).toBe("CONFLICT");
    expect(
      await codeOf(
        admin.admin.organisation.setRetention({
          retainNotesMonths: 6,
          retainIdentityMonths: 6,
          version: updated.version,
        }),
      ),
    ).toBe("ok");
  });

  it("refuses zero months with a field message, caseworkers and funders, and leaves other organisations alone", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const current = await manager.admin.organisation.get();
    const refused = manager.admin.organisation.setRetention({
      retainNotesMonths: 0,
      retainIdentityMonths: 6,
      version: current.version,
    });
    expect(await messageOf(refused)).toContain('"message": "retention.error.months"');
    expect(
      await codeOf(
        manager.admin.organisation.setRetention({
          retainNotesMonths: 6,
          retainIdentityMonths: 6.5,
          version: current.version,
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await manager.admin.organisation.get()).toEqual(current);
    for (const email of ["caseworker@demo.test", "funder@demo.test"]) {
      expect(
        await codeOf(
          (await callerFor(handle, email)).admin.organisation.setRetention({
            retainNotesMonths: 6,
            retainIdentityMonths: 6,
            version: current.version,
          }),
        ),
      ).toBe("FORBIDDEN");
    }
    const [other] = await handle.db.select().from(organisations).where(eq(organisations.id, ids.other.organisationId));
    expect(other).toMatchObject({ retainNotesMonths: 24, retainIdentityMonths: 36 });
  });
});
