import { addMonths } from "@gesim/core";
import { and, auditEvents, clients, eq, sql } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChains } from "../audit/record-audit.ts";
import { everythingAbout, fillFreeText, MARKER } from "../testing/erasure-fixtures.ts";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { createSeededDb, TEST_CIPHER } from "../testing/test-support.ts";
import { applyRetention } from "./retention.ts";

let handle: TestDb;
let ids: MatrixFixture;
const CLOSED_ON = "2023-01-10";

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  // A closed case in each organisation, with free text in every column.
  for (const side of [ids.colleague, ids.other]) {
    await handle.db.update(clients).set({ status: "closed", closedOn: CLOSED_ON }).where(eq(clients.id, side.clientId));
    await fillFreeText(handle.db, TEST_CIPHER, side.organisationId, side.clientId);
  }
});
afterAll(() => handle.close());

const at = (date: string) => new Date(`${date}T03:00:00Z`);

async function retentionEvents(clientId: string) {
  return handle.db
    .select({ action: auditEvents.action, actor: auditEvents.actorUserId, entityId: auditEvents.entityId })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, clientId), sql`${auditEvents.action} like 'retention.%'`));
}

describe("applyRetention", () => {
  it("keeps everything before the notes period ends (default 24 months)", async () => {
    const report = await applyRetention(handle.db, at(addMonths(CLOSED_ON, 24).replace(/-\d\d$/, "-09")));
    expect(report.recordsErased).toBe(0);
    const held = JSON.stringify(await everythingAbout(handle.db, TEST_CIPHER, ids.colleague.clientId));
    expect(held.split(MARKER).length - 1).toBeGreaterThanOrEqual(10);
  });

  it("erases the narrative after 24 months but keeps the identity vault until 36", async () => {
    const report = await applyRetention(handle.db, at(addMonths(CLOSED_ON, 24)));
    expect(report).toMatchObject({ organisations: 2, recordsErased: 2, recordsCompleted: 0 });
    const held = await everythingAbout(handle.db, TEST_CIPHER, ids.colleague.clientId);
    expect(held.notes).toEqual([]);
    expect(held.client_identities).toHaveLength(1);
    const narrative = Object.entries(held).filter(
      ([table]) => table !== "client_identities" && table !== "identity_reveals",
    );
    expect(JSON.stringify(narrative)).not.toContain(MARKER);
    expect(held.clients?.[0]).toContain('"erased_at":null');
    expect(await retentionEvents(ids.colleague.clientId)).toEqual([
      { action: "retention.erase:narrative", actor: null, entityId: ids.colleague.clientId },
    ]);
  });

  it("is idempotent: a second run the same day changes and audits nothing", async () => {
    const before = await handle.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    const report = await applyRetention(handle.db, at(addMonths(CLOSED_ON, 24)));
    expect(report.recordsErased).toBe(0);
    expect(report.casesChecked).toBeGreaterThanOrEqual(2);
    const after = await handle.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    expect(after).toEqual(before);
  });

  it("follows each organisation's own policy and then erases the identity and marks the record", async () => {
    await handle.db.execute(
      sql`update organisations set retain_identity_months = 48 where id = ${ids.other.organisationId}`,
    );
    const report = await applyRetention(handle.db, at(addMonths(CLOSED_ON, 36)));
    expect(report).toMatchObject({ recordsErased: 1, recordsCompleted: 1 });
    const erased = await everythingAbout(handle.db, TEST_CIPHER, ids.colleague.clientId);
    expect(JSON.stringify(erased)).not.toContain(MARKER);
    expect(erased.client_identities).toEqual([]);
    expect(erased.identity_reveals).toEqual([]);
    expect(erased.clients?.[0]).not.toContain('"erased_at":null');
    // Statistical facts stay: status, closure date and the closure with its reasons.
    expect(erased.clients?.[0]).toContain(`"closed_on":"${CLOSED_ON}"`);
    const kept = await everythingAbout(handle.db, TEST_CIPHER, ids.other.clientId);
    expect(kept.client_identities).toHaveLength(1);
    expect((await retentionEvents(ids.colleague.clientId)).map((e) => e.action)).toEqual([
      "retention.erase:narrative",
      "retention.erase:all",
    ]);
    expect((await verifyAuditChains(handle.db)).every((chain) => chain.ok)).toBe(true);
  });

  it("never touches open cases, however old", async () => {
    const held = JSON.stringify(await everythingAbout(handle.db, TEST_CIPHER, ids.own.clientId));
    await applyRetention(handle.db, at("2099-01-01"));
    expect(JSON.stringify(await everythingAbout(handle.db, TEST_CIPHER, ids.own.clientId))).toBe(held);
  });

  it("goes on with the other organisations when one fails, and counts the failure", async () => {
    let calls = 0;
    const report = await applyRetention(handle.db, at("2030-01-01"), async () => {
      calls += 1;
      if (calls === 1) throw new Error("simulated failure");
      return { casesChecked: 0, recordsErased: 0, recordsCompleted: 0 };
    });
    expect(calls).toBe(2);
    expect(report).toMatchObject({ organisations: 2, organisationsFailed: 1 });
  });
});
