import type { ClientFacts } from "@gesim/core";
import { auditEvents, auditVerifications, eq, identityReveals } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealPendingAuditEvents } from "../../audit/record-audit.ts";
import { recordChainVerifications, verifyAllChains } from "../../audit/verify-all-chains.ts";
import { loadMatrixFixture, type MatrixFixture, MISSING_ID } from "../../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, createSeededDb, NOW } from "../../testing/test-support.ts";
import { codeOf } from "../../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const FACTS: ClientFacts = {
  firstContactDate: "2026-10-01",
  childrenCount: 0,
  isPregnant: false,
  languages: ["en"],
  needsInterpreter: false,
  identificationStatus: "not-assessed",
  cooperationWithAuthorities: "not-asked",
  isInTrainingOrWork: false,
};
const JUSTIFICATION = "Court hearing next week needs her legal name.";

async function revealAs(email: string, clientId: string) {
  const caller = await callerFor(handle, email);
  await caller.identity.set({ clientId, legalName: "Test Name" });
  await caller.identity.reveal({ clientId, reason: "legal-proceedings", justification: JUSTIFICATION });
  const [row] = await handle.db
    .select({ id: identityReveals.id })
    .from(identityReveals)
    .where(eq(identityReveals.clientId, clientId));
  return row?.id ?? MISSING_ID;
}

describe("admin.oversight.reveals and reviewReveal (break-glass review)", () => {
  it("shows a manager every reveal with reason and justification until she marks it reviewed", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const client = await caseworker.clients.create({ ...FACTS, isAdult: true });
    const revealId = await revealAs("caseworker@demo.test", client.id);

    const manager = await callerFor(handle, "manager@demo.test");
    const open = await manager.admin.oversight.reveals();
    const item = open.items.find((r) => r.revealId === revealId);
    expect(item).toMatchObject({
      clientId: client.id,
      pseudonym: client.pseudonym,
      reason: "legal-proceedings",
      justification: JUSTIFICATION,
      revealedByName: expect.any(String),
      reviewedAt: null,
      reviewedByName: null,
    });

    const reviewed = await manager.admin.oversight.reviewReveal({ revealId });
    expect(reviewed).toEqual({ revealId, reviewedAt: NOW });
    expect((await manager.admin.oversight.reveals()).items.some((r) => r.revealId === revealId)).toBe(false);
    const all = await manager.admin.oversight.reveals({ show: "all", limit: 100 });
    expect(all.items.find((r) => r.revealId === revealId)).toMatchObject({
      reviewedAt: NOW,
      reviewedByName: expect.any(String),
    });
    // Marking it again keeps the first review.
    const later = await callerFor(handle, "manager@demo.test", new Date(NOW.getTime() + 60_000));
    expect((await later.admin.oversight.reviewReveal({ revealId })).reviewedAt).toEqual(NOW);
    // Reading justifications and reviewing are audited; the review appears in her own trail.
    const actions = (
      await handle.db.select({ action: auditEvents.action, entityId: auditEvents.entityId }).from(auditEvents)
    ).filter((e) => e.action.startsWith("admin.oversight."));
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: "admin.oversight.reveals", entityId: ids.own.organisationId },
        { action: "admin.oversight.reveals", entityId: client.id },
        { action: "admin.oversight.reviewReveal", entityId: client.id },
      ]),
    );
  });

  it("is for managers only: caseworkers, admins, funders and anonymous callers are refused", async () => {
    for (const email of ["caseworker@demo.test", "admin@demo.test", "funder@demo.test"]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.admin.oversight.reveals())).toBe("FORBIDDEN");
      expect(await codeOf(caller.admin.oversight.reviewReveal({ revealId: MISSING_ID }))).toBe("FORBIDDEN");
    }
    const anonymous = await anonymousCaller(handle);
    expect(await codeOf(anonymous.admin.oversight.reveals())).toBe("UNAUTHORIZED");
  });

  it("never shows or marks another organisation's reveal (NOT_FOUND, as for an unknown id)", async () => {
    const theirs = await (await callerFor(handle, "caseworker2@demo.test")).clients.create({ ...FACTS, isAdult: true });
    const otherRevealId = await revealAs("caseworker2@demo.test", theirs.id);
    const manager = await callerFor(handle, "manager@demo.test");
    const all = await manager.admin.oversight.reveals({ show: "all", limit: 100 });
    expect(all.items.some((r) => r.revealId === otherRevealId)).toBe(false);
    expect(await codeOf(manager.admin.oversight.reviewReveal({ revealId: otherRevealId }))).toBe("NOT_FOUND");
    expect(await codeOf(manager.admin.oversight.reviewReveal({ revealId: MISSING_ID }))).toBe("NOT_FOUND");
    const [row] = await handle.db.select().from(identityReveals).where(eq(identityReveals.id, otherRevealId));
    expect(row?.reviewedAt).toBeNull();
  });

  it("refuses bad input clearly", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    expect(await codeOf(manager.admin.oversight.reviewReveal({ revealId: "not-a-uuid" }))).toBe("BAD_REQUEST");
    // @ts-expect-error an unknown filter
    expect(await codeOf(manager.admin.oversight.reveals({ show: "some" }))).toBe("BAD_REQUEST");
  });
});

describe("admin.oversight.lastVerification", () => {
  it("is null before any verification, then shows the manager's check and the audit:verify run", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    await handle.db.delete(auditVerifications);
    expect(await manager.admin.oversight.lastVerification()).toBeNull();
    const checked = await manager.audit.verify();
    expect(await manager.admin.oversight.lastVerification()).toMatchObject({
      source: "manager",
      ok: checked.ok,
      verifiedAt: NOW,
      brokenAtEventId: null,
    });
    const later = new Date(NOW.getTime() + 3_600_000);
    expect(await recordChainVerifications(handle.db, await verifyAllChains(handle.db), later)).toBeGreaterThanOrEqual(
      2,
    );
    const admin = await callerFor(handle, "admin@demo.test");
    expect(await admin.admin.oversight.lastVerification()).toMatchObject({ source: "script", verifiedAt: later });
  });

  it("shows where a tampered chain broke", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    await sealPendingAuditEvents(handle.db);
    const [sealed] = await handle.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.organisationId, ids.own.organisationId))
      .orderBy(auditEvents.id)
      .limit(1);
    const id = sealed?.id ?? 0;
    await handle.db.update(auditEvents).set({ action: "tampered" }).where(eq(auditEvents.id, id));
    const when = new Date(NOW.getTime() + 7_200_000);
    await recordChainVerifications(handle.db, await verifyAllChains(handle.db), when);
    expect(await manager.admin.oversight.lastVerification()).toMatchObject({
      ok: false,
      brokenAtEventId: id,
      verifiedAt: when,
    });
  });

  it("is refused to caseworkers and funders, and shows only her own organisation's", async () => {
    for (const email of ["caseworker@demo.test", "funder@demo.test"]) {
      expect(await codeOf((await callerFor(handle, email)).admin.oversight.lastVerification())).toBe("FORBIDDEN");
    }
    const other = await callerFor(handle, "caseworker2@demo.test");
    expect(await codeOf(other.admin.oversight.lastVerification())).toBe("FORBIDDEN");
    const rows = await handle.db.select().from(auditVerifications);
    expect(rows.some((r) => r.organisationId === ids.other.organisationId)).toBe(true);
  });
});
