import { and, auditEvents, clients, eq, identityReveals, ne } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillFreeText, MARKER } from "../../testing/erasure-fixtures.ts";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { pdfFile } from "../../testing/test-files.ts";
import { callerFor, createSeededDb, NEW_CLIENT_FACTS, TEST_CIPHER } from "../../testing/test-support.ts";
import { codeOf } from "../../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  await fillFreeText(handle.db, TEST_CIPHER, ids.own.organisationId, ids.own.clientId);
});
afterAll(() => handle.close());

describe("clients.subjectAccessExport", () => {
  it("gives a manager everything held about her, decrypted, with who accessed her record", async () => {
    const { clientId } = ids.own;
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const seen = await caseworker.clients.get({ clientId });
    const manager = await callerFor(handle, "manager@demo.test");
    const sar = await manager.clients.subjectAccessExport({ clientId, locale: "it" });
    expect(sar.locale).toBe("it");
    expect(sar.profile.pseudonym).toBe(seen.pseudonym);
    expect(sar.identity?.legalName).toBe(MARKER);
    expect(sar.notes.map((n) => n.body)).toContain(MARKER);
    expect(sar.reviews.every((r) => r.summary === MARKER)).toBe(true);
    expect(sar.plan?.goals.every((g) => g.text.startsWith(MARKER))).toBe(true);
    expect(sar.consents.length).toBeGreaterThan(0);
    expect(sar.assessments.length).toBeGreaterThan(0);
    expect(sar.accessLog).toContainEqual(
      expect.objectContaining({ action: "client.read", actor: "Demo Caseworker", outcome: "ok" }),
    );

    // Nothing about any other client: no other pseudonym, no record ids at all.
    const others = await handle.db
      .select({ pseudonym: clients.pseudonym, id: clients.id })
      .from(clients)
      .where(ne(clients.id, clientId));
    const text = JSON.stringify(sar);
    for (const other of others) {
      expect(text).not.toContain(other.id);
      expect(text).not.toContain(`"${other.pseudonym}"`);
    }
  });

  it("is recorded as a reveal at her request", async () => {
    const { clientId, organisationId } = ids.own;
    const reveals = await handle.db
      .select()
      .from(identityReveals)
      .where(and(eq(identityReveals.clientId, clientId), eq(identityReveals.reason, "her-request")));
    expect(reveals).toHaveLength(1);
    const events = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.entityId, clientId)));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["identity.reveal:her-request", "client.subjectAccessExport"]),
    );
  });

  it("refuses caseworkers, funders, admins, another organisation's client and an unknown language", async () => {
    const { clientId } = ids.own;
    for (const email of ["caseworker@demo.test", "funder@demo.test", "admin@demo.test"]) {
      expect(
        await codeOf((await callerFor(handle, email)).clients.subjectAccessExport({ clientId, locale: "en" })),
      ).toBe("FORBIDDEN");
    }
    const manager = await callerFor(handle, "manager@demo.test");
    expect(await codeOf(manager.clients.subjectAccessExport({ clientId: ids.other.clientId, locale: "en" }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(manager.clients.subjectAccessExport({ clientId, locale: "tlh" as "en" }))).toBe("BAD_REQUEST");
  });

  it("after erasure shows only what is left: no identity, no notes, the statistics", async () => {
    const { clientId } = ids.colleague;
    const manager = await callerFor(handle, "manager@demo.test");
    const { version } = await manager.clients.close({
      clientId,
      version: (await manager.clients.get({ clientId })).version,
      reasons: ["her-choice"],
    });
    await manager.clients.erase({ clientId, version, reason: "her-request" });
    const sar = await manager.clients.subjectAccessExport({ clientId, locale: "en" });
    expect(sar.identity).toBeNull();
    expect(sar.notes).toEqual([]);
    expect(sar.profile.erasedAt).toEqual(expect.any(Date));
    expect(sar.closures).toHaveLength(1);
  });

  it("holds what her record holds since issues 16 and 19, for a woman entered through the API", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const safeContact = {
      channels: ["letter" as const, "in-person" as const],
      times: ["evening" as const],
      neverLeaveMessage: true,
      codeWord: "Copper Kettle",
    };
    const { id: clientId } = await caseworker.clients.create({
      ...NEW_CLIENT_FACTS,
      pseudonym: "Export Test",
      exploitationForms: ["sexual", "domestic-servitude"],
      housingSituation: "mixed-reception-centre",
      safeContact,
    });
    const place = "Fictional job centre, desk 7";
    await caseworker.appointments.create({
      clientId,
      appointment: {
        kind: "job-centre",
        date: "2026-12-15",
        startTime: "09:30",
        durationMinutes: 45,
        mode: "in-person",
        place,
        interpreter: { language: "ro", gender: "woman", mode: "remote", booked: true },
        childcareNeeded: true,
      },
    });
    const pdf = pdfFile("Fictional permit");
    const document = await caseworker.documents.upload({
      clientId,
      kind: "permit-decision",
      title: "Permit decision",
      contentBase64: Buffer.from(pdf).toString("base64"),
    });
    const manager = await callerFor(handle, "manager@demo.test");
    const sar = await manager.clients.subjectAccessExport({ clientId, locale: "en", includeFiles: true });
    expect(sar.profile).toMatchObject({
      exploitationForms: ["sexual", "domestic-servitude"],
      housingSituation: "mixed-reception-centre",
      safeContact,
    });
    expect(sar.appointments).toEqual([
      {
        kind: "job-centre",
        date: "2026-12-15",
        startTime: "09:30",
        durationMinutes: 45,
        mode: "in-person",
        place,
        interpreter: { language: "ro", gender: "woman", mode: "remote", booked: true },
        childcareNeeded: true,
        status: "scheduled",
      },
    ]);
    expect(sar.documents).toEqual([
      expect.objectContaining({
        id: document.id,
        kind: "permit-decision",
        title: "Permit decision",
        contentType: "application/pdf",
        contentBase64: Buffer.from(pdf).toString("base64"),
      }),
    ]);
    // The printable page lists her documents without their files.
    const listed = await manager.clients.subjectAccessExport({ clientId, locale: "en" });
    expect(listed.documents).toEqual([expect.not.objectContaining({ contentBase64: expect.anything() })]);
    expect(listed.documents[0]?.title).toBe("Permit decision");
  });
});
