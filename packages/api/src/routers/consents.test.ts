import { checkConsent } from "@gesim/core";
import { and, auditEvents, clients, consents, eq } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { narrativeReader } from "../crypto/narrative.ts";
import { findConsentsForClient } from "../queries/consents.ts";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, createSeededDb, TEST_CIPHER, TODAY } from "../testing/test-support.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const SHARING = {
  purpose: "data-sharing",
  recipient: "Fictional Shelter Network",
  givenOn: "2026-06-01",
  recordedHow: "verbal-with-interpreter",
} as const;

describe("consents.create, list and withdraw", () => {
  it("records a consent, lists it with its state today, and withdraws it without deleting it", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const created = await caller.consents.create({ clientId: ids.own.clientId, consent: SHARING });
    expect(created).toMatchObject({ ...SHARING, state: "valid", version: 1 });
    const listed = await caller.consents.list({ clientId: ids.own.clientId, limit: 100 });
    expect(listed.items.find((c) => c.id === created.id)).toMatchObject({ state: "valid" });

    const withdrawn = await caller.consents.withdraw({ clientId: ids.own.clientId, consentId: created.id, version: 1 });
    expect(withdrawn).toMatchObject({ withdrawnOn: TODAY, state: "withdrawn", version: 2 });
    const [row] = await handle.db.select().from(consents).where(eq(consents.id, created.id));
    // A named recipient is typed by a person: stored encrypted, never in plaintext (issue 15 item 4).
    expect(row).toMatchObject({ withdrawnOn: TODAY, recipient: null });
    expect(row?.recipientCipher).toMatch(/^gcm1\./);
    expect(TEST_CIPHER.decrypt(row?.recipientCipher ?? "")).toBe(SHARING.recipient);
    await expect(
      caller.consents.withdraw({ clientId: ids.own.clientId, consentId: created.id, version: 2 }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });

    const events = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "consent"), eq(auditEvents.entityId, created.id)));
    expect(events.map((e) => e.action).sort()).toEqual(["consent.create", "consent.withdraw"]);
  });

  it("gates sharing through the query helper and core's checkConsent", async () => {
    const caller = await callerFor(handle, "manager@demo.test");
    const recipient = "Fictional Counselling Circle";
    const consent = await caller.consents.create({
      clientId: ids.colleague.clientId,
      consent: { ...SHARING, recipient },
    });
    const rows = await findConsentsForClient(
      handle.db,
      ids.own.organisationId,
      ids.colleague.clientId,
      narrativeReader(TEST_CIPHER),
    );
    expect(checkConsent(rows, "data-sharing", TODAY, recipient)).toEqual({ ok: true });
    expect(checkConsent(rows, "data-sharing", TODAY, "Someone Else")).toEqual({ ok: false, reason: "consent.missing" });
    await caller.consents.withdraw({
      clientId: ids.colleague.clientId,
      consentId: consent.id,
      version: 1,
      withdrawnOn: "2026-11-01",
    });
    const after = await findConsentsForClient(
      handle.db,
      ids.own.organisationId,
      ids.colleague.clientId,
      narrativeReader(TEST_CIPHER),
    );
    expect(checkConsent(after, "data-sharing", TODAY, recipient)).toEqual({ ok: false, reason: "consent.withdrawn" });
    expect(
      await findConsentsForClient(
        handle.db,
        ids.other.organisationId,
        ids.colleague.clientId,
        narrativeReader(TEST_CIPHER),
      ),
    ).toEqual([]);
  });

  it("pages through her consents with a cursor", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    for (const givenOn of ["2026-01-01", "2026-02-01", "2026-03-01"]) {
      await caller.consents.create({
        clientId: ids.own.clientId,
        consent: { purpose: "story-use", givenOn, recordedHow: "written-signed" },
      });
    }
    const all = await caller.consents.list({ clientId: ids.own.clientId, limit: 100 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.consents.list({ clientId: ids.own.clientId, limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((c) => c.id));
  });

  it("refuses a stale version, a withdrawal before the consent was given, and invalid consents", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const created = await caller.consents.create({ clientId: ids.own.clientId, consent: SHARING });
    await expect(
      caller.consents.withdraw({ clientId: ids.own.clientId, consentId: created.id, version: 9 }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "error.conflict" });
    await expect(
      caller.consents.withdraw({
        clientId: ids.own.clientId,
        consentId: created.id,
        version: 1,
        withdrawnOn: "2026-01-01",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "consent.error.withdrawnBeforeGiven",
    });
    const { recipient: _recipient, ...noRecipient } = SHARING;
    await expect(caller.consents.create({ clientId: ids.own.clientId, consent: noRecipient })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.consents.create({ clientId: ids.own.clientId, consent: { ...SHARING, purpose: "gossip" } as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.consents.list({ clientId: ids.own.clientId, cursor: "garbage" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("does not withdraw another client's consent through this client", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    await expect(
      manager.consents.withdraw({ clientId: ids.own.clientId, consentId: ids.colleague.consentId, version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is refused for a colleague's client, another organisation's, funders, admins and anonymous callers", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await expect(caseworker.consents.list({ clientId: ids.colleague.clientId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(caseworker.consents.create({ clientId: ids.other.clientId, consent: SHARING })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      (await callerFor(handle, "manager@demo.test")).consents.withdraw({
        clientId: ids.other.clientId,
        consentId: ids.other.consentId,
        version: 1,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const email of ["funder@demo.test", "admin@demo.test"]) {
      await expect(
        (await callerFor(handle, email)).consents.list({ clientId: ids.own.clientId }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect((await anonymousCaller(handle)).consents.list({ clientId: ids.own.clientId })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("seeded consents", () => {
  it("gives every client a consent, about 80% anonymised-reporting, a few withdrawn", async () => {
    const rows = await handle.db
      .select({ clientId: consents.clientId, purpose: consents.purpose, withdrawnOn: consents.withdrawnOn })
      .from(consents);
    const all = await handle.db.select({ id: clients.id }).from(clients);
    const withConsent = new Set(rows.map((r) => r.clientId));
    expect(all.every((c) => withConsent.has(c.id))).toBe(true);
    const reporting = rows.filter((r) => r.purpose === "anonymised-reporting");
    expect(reporting.length / all.length).toBeGreaterThan(0.7);
    expect(reporting.length / all.length).toBeLessThan(0.9);
    expect(reporting.some((r) => r.withdrawnOn !== null)).toBe(true);
  });
});
