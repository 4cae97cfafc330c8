import { addDays } from "@gesim/core";
import { and, auditEvents, eq } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, createSeededDb, NEW_CLIENT_FACTS, TODAY } from "../../testing/test-support.ts";
import { codeOf, messageOf } from "../../testing/trpc-codes.ts";

/**
 * Reminders to her (issue 19), for a woman entered here through the API: drafted from her
 * safe-contact rules, in her language, by a channel she allowed only; never sent.
 */
let handle: TestDb;
let ids: MatrixFixture;
let clientId: string;
let appointmentId: string;
let unaskedClientId: string;
let unaskedAppointmentId: string;

const CODE_WORD = "Quiet Lantern";
const PLACE = "Fictional District Court, room 4";
const DATE = addDays(TODAY, 3);
const RULES = { channels: ["letter", "in-person"], times: ["evening"], neverLeaveMessage: true, codeWord: CODE_WORD };

function appointment() {
  return {
    kind: "legal",
    date: DATE,
    startTime: "14:30",
    durationMinutes: 60,
    mode: "in-person",
    place: PLACE,
  } as const;
}

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  const caseworker = await callerFor(handle, "caseworker@demo.test");
  const created = await caseworker.clients.create({
    ...NEW_CLIENT_FACTS,
    pseudonym: "Reminder Test",
    languages: ["ti", "it"],
    safeContact: { ...RULES, channels: ["letter", "in-person"], times: ["evening"] },
  });
  clientId = created.id;
  appointmentId = (await caseworker.appointments.create({ clientId, appointment: appointment() })).id;
  const unasked = await caseworker.clients.create({
    ...NEW_CLIENT_FACTS,
    pseudonym: "Reminder Unasked",
    languages: ["ti"],
  });
  unaskedClientId = unasked.id;
  unaskedAppointmentId = (
    await caseworker.appointments.create({ clientId: unaskedClientId, appointment: appointment() })
  ).id;
});
afterAll(() => handle.close());

describe("drafting a reminder to her", () => {
  it("shows her rules with the code word, offers only the channels she allowed, and audits the read", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const opened = await caseworker.appointments.draftReminder({ clientId, appointmentId });
    expect(opened).toMatchObject({
      rules: RULES,
      channels: ["letter", "in-person"],
      language: { locale: "it", isFallback: false },
      appointment: { date: DATE, startTime: "14:30", status: "scheduled" },
      draft: null,
    });
    const events = await handle.db
      .select({ action: auditEvents.action, entityType: auditEvents.entityType, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, clientId), eq(auditEvents.action, "safeContact.read")));
    expect(events).toContainEqual({
      action: "safeContact.read",
      entityType: "client",
      actor: ids.own.caseworkerUserId,
    });
  });

  it("drafts a neutral message in her language: no code word, no kind, no place unless added", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const { draft } = await caseworker.appointments.draftReminder({ clientId, appointmentId, channel: "letter" });
    expect(draft).toMatchObject({ locale: "it", channel: "letter", isFallback: false });
    expect(draft?.text).toMatch(/^Buongiorno, le ricordiamo il suo appuntamento di .+ alle 14:30\./);
    for (const secret of [CODE_WORD, "Court", "Legal", "legale", "Demo"]) expect(draft?.text).not.toContain(secret);
    const withPlace = await caseworker.appointments.draftReminder({
      clientId,
      appointmentId,
      channel: "in-person",
      place: "the usual café",
    });
    expect(withPlace.draft?.text).toContain("Luogo: the usual café.");
  });

  it("refuses a channel she has not allowed, with a clear error", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    for (const channel of ["phone-call", "text-message", "messenger", "email"] as const) {
      const call = caseworker.appointments.draftReminder({ clientId, appointmentId, channel });
      expect(await codeOf(call)).toBe("BAD_REQUEST");
      expect(await messageOf(caseworker.appointments.draftReminder({ clientId, appointmentId, channel }))).toBe(
        "reminder.error.channelNotAllowed",
      );
    }
    expect(
      await codeOf(
        caseworker.appointments.draftReminder({ clientId, appointmentId, channel: "pigeon" as unknown as "letter" }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("offers nothing before she was asked, and writes English when none of her languages is in the catalogue", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const opened = await caseworker.appointments.draftReminder({
      clientId: unaskedClientId,
      appointmentId: unaskedAppointmentId,
    });
    expect(opened).toMatchObject({ rules: null, channels: [], language: { locale: "en", isFallback: true } });
    const refused = caseworker.appointments.draftReminder({
      clientId: unaskedClientId,
      appointmentId: unaskedAppointmentId,
      channel: "letter",
    });
    expect(await messageOf(refused)).toBe("reminder.error.rulesNotRecorded");
  });

  it("refuses a cancelled appointment", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const { id, version } = await caseworker.appointments.create({ clientId, appointment: appointment() });
    await caseworker.appointments.cancel({ clientId, appointmentId: id, version });
    const call = caseworker.appointments.draftReminder({ clientId, appointmentId: id, channel: "letter" });
    expect(await codeOf(call)).toBe("PRECONDITION_FAILED");
  });
});

describe("who may draft a reminder (whoever may see her contact details)", () => {
  it("allows her manager and a colleague she is shared with; refuses other roles and a colleague without a share", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    expect((await manager.appointments.draftReminder({ clientId, appointmentId })).rules?.codeWord).toBe(CODE_WORD);
    const colleague = await callerFor(handle, "caseworker-b@demo.test");
    expect(await codeOf(colleague.appointments.draftReminder({ clientId, appointmentId }))).toBe("FORBIDDEN");
    expect(
      await codeOf(colleague.identity.reveal({ clientId, reason: "her-request", justification: "x".repeat(30) })),
    ).toBe("FORBIDDEN");
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    await caseworker.clients.share({ clientId, userId: ids.colleague.caseworkerUserId });
    expect((await colleague.appointments.draftReminder({ clientId, appointmentId })).channels).toEqual([
      "letter",
      "in-person",
    ]);
    for (const email of ["funder@demo.test", "admin@demo.test"]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.appointments.draftReminder({ clientId, appointmentId }))).toBe("FORBIDDEN");
    }
    const anonymous = await anonymousCaller(handle);
    expect(await codeOf(anonymous.appointments.draftReminder({ clientId, appointmentId }))).toBe("UNAUTHORIZED");
  });

  it("answers NOT_FOUND for another organisation's woman, and for an appointment of another woman", async () => {
    const other = await callerFor(handle, "caseworker2@demo.test");
    expect(await codeOf(other.appointments.draftReminder({ clientId, appointmentId }))).toBe("NOT_FOUND");
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    expect(await codeOf(caseworker.appointments.draftReminder({ clientId, appointmentId: unaskedAppointmentId }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(
        caseworker.appointments.draftReminder({ clientId: ids.other.clientId, appointmentId: ids.other.appointmentId }),
      ),
    ).toBe("NOT_FOUND");
  });
});
