import { addDays } from "@gesim/core";
import { and, appointments, auditEvents, calendarFeeds, eq, memberships, organisations, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { anonymousCaller, callerFor, createSeededDb, NEW_CLIENT_FACTS, TODAY } from "../../testing/test-support.ts";
import { codeOf, messageOf } from "../../testing/trpc-codes.ts";

let handle: TestDb;
let ids: MatrixFixture;
let clientId: string;
let pseudonym: string;
const PLACE = "Fictional District Court, room 4";

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  const caseworker = await callerFor(handle, "caseworker@demo.test");
  const created = await caseworker.clients.create({ ...NEW_CLIENT_FACTS, pseudonym: "Juniper-719" });
  clientId = created.id;
  pseudonym = created.pseudonym;
});
afterAll(() => handle.close());

const TOMORROW = addDays(TODAY, 1);

function legalAppointment(overrides: Record<string, unknown> = {}) {
  return {
    kind: "legal" as const,
    date: TOMORROW,
    startTime: "10:00",
    durationMinutes: 90,
    mode: "in-person" as const,
    place: PLACE,
    interpreter: { language: "ro", gender: "woman" as const, mode: "in-person" as const, booked: false },
    childcareNeeded: true,
    ...overrides,
  };
}

async function zodPathsOf(call: Promise<unknown>): Promise<string[]> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof ZodError)
      return error.cause.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw error;
  }
  return [];
}

describe("booking an appointment for a newly entered woman", () => {
  it("stores the place only encrypted, gives it back to her caseworker, and audits both", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const { id } = await caller.appointments.create({ clientId, appointment: legalAppointment() });
    const [raw] = await handle.db.select().from(appointments).where(eq(appointments.id, id));
    expect(raw?.placeCipher?.startsWith("gcm1.")).toBe(true);
    expect(JSON.stringify(raw)).not.toContain("Court");
    const list = await caller.appointments.listForClient({ clientId });
    expect(list).toEqual([
      expect.objectContaining({
        id,
        place: PLACE,
        kind: "legal",
        childcareNeeded: true,
        interpreter: { language: "ro", gender: "woman", mode: "in-person", booked: false },
        status: "scheduled",
        version: 1,
      }),
    ]);
    const events = await handle.db
      .select({ action: auditEvents.action, entityType: auditEvents.entityType, entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, ids.own.caseworkerUserId));
    expect(events).toContainEqual({ action: "appointments.create", entityType: "appointment", entityId: id });
    expect(events).toContainEqual({ action: "appointments.listForClient", entityType: "client", entityId: clientId });
  });

  it("shows in her caseworker's week and her manager's team week without the place; not in a colleague's", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const week = await caseworker.appointments.myWeek({});
    const mine = week.items.filter((item) => item.clientId === clientId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ pseudonym, place: null, date: TOMORROW, startTime: "10:00" });
    expect(week.days).toContain(TOMORROW);
    const shown = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, clientId), eq(auditEvents.action, "appointments.listMyWeek")));
    expect(shown.length).toBeGreaterThan(0);
    expect(week.nextWeek > week.week && week.previousWeek < week.week).toBe(true);
    const colleague = await callerFor(handle, "caseworker-b@demo.test");
    expect((await colleague.appointments.myWeek({})).items.some((item) => item.clientId === clientId)).toBe(false);
    const manager = await callerFor(handle, "manager@demo.test");
    const team = await manager.appointments.teamWeek({ week: week.week });
    expect(team.items.find((item) => item.clientId === clientId)).toMatchObject({
      place: null,
      caseworkerId: ids.own.caseworkerUserId,
    });
    const nextWeek = await caseworker.appointments.myWeek({ week: week.nextWeek });
    expect(nextWeek.items.some((item) => item.clientId === clientId)).toBe(false);
  });

  it("reports an interpreter not booked and two appointments at once, until they are fixed", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const first = (await caller.appointments.listForClient({ clientId }))[0];
    if (!first) throw new Error("no appointment");
    const second = await caller.appointments.create({
      clientId,
      appointment: { kind: "health", date: TOMORROW, startTime: "11:00", durationMinutes: 30, mode: "phone" },
    });
    const conflicts = (await caller.appointments.conflicts({})).filter((c) => c.clientId === clientId);
    expect(conflicts).toEqual([
      { kind: "interpreter-not-booked", clientId, appointmentIds: [first.id], date: TOMORROW, pseudonym },
      { kind: "overlap", clientId, appointmentIds: [first.id, second.id], date: TOMORROW, pseudonym },
    ]);
    const booked = legalAppointment({ interpreter: { ...first.interpreter, booked: true } });
    await caller.appointments.update({ clientId, appointmentId: first.id, version: 1, appointment: booked });
    await caller.appointments.cancel({ clientId, appointmentId: second.id, version: second.version });
    expect((await caller.appointments.conflicts({})).filter((c) => c.clientId === clientId)).toEqual([]);
  });

  it("refuses a stale version and any change to a cancelled appointment", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const { id, version } = await caller.appointments.create({
      clientId,
      appointment: legalAppointment({ date: addDays(TODAY, 20), interpreter: null }),
    });
    expect(
      await codeOf(
        caller.appointments.update({
          clientId,
          appointmentId: id,
          version: version + 5,
          appointment: legalAppointment(),
        }),
      ),
    ).toBe("CONFLICT");
    await caller.appointments.cancel({ clientId, appointmentId: id, version });
    expect(await messageOf(caller.appointments.cancel({ clientId, appointmentId: id, version: version + 1 }))).toBe(
      "appointment.error.cancelled",
    );
    const [row] = await handle.db.select().from(appointments).where(eq(appointments.id, id));
    expect(row?.status).toBe("cancelled");
  });
});

describe("who may see and book appointments", () => {
  it("refuses funders, administrators and anonymous callers", async () => {
    for (const email of ["funder@demo.test", "admin@demo.test"]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.appointments.listForClient({ clientId }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.appointments.create({ clientId, appointment: legalAppointment() }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.appointments.myWeek({}))).toBe("FORBIDDEN");
      expect(await codeOf(caller.appointments.teamWeek({}))).toBe("FORBIDDEN");
      expect(await codeOf(caller.calendarFeed.create())).toBe("FORBIDDEN");
    }
    const anonymous = await anonymousCaller(handle);
    expect(await codeOf(anonymous.appointments.listForClient({ clientId }))).toBe("UNAUTHORIZED");
    expect(await codeOf(anonymous.appointments.myWeek({}))).toBe("UNAUTHORIZED");
  });

  it("refuses a colleague's woman to a caseworker, and the team week to caseworkers", async () => {
    const colleague = await callerFor(handle, "caseworker-b@demo.test");
    expect(await codeOf(colleague.appointments.listForClient({ clientId }))).toBe("FORBIDDEN");
    expect(await codeOf(colleague.appointments.create({ clientId, appointment: legalAppointment() }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(colleague.appointments.teamWeek({}))).toBe("FORBIDDEN");
  });

  it("answers NOT_FOUND for another organisation's women and appointments, never a hint", async () => {
    const other = await callerFor(handle, "caseworker2@demo.test");
    expect(await codeOf(other.appointments.listForClient({ clientId }))).toBe("NOT_FOUND");
    expect(await codeOf(other.appointments.create({ clientId, appointment: legalAppointment() }))).toBe("NOT_FOUND");
    const [theirs] = await handle.db
      .select({ id: appointments.id })
      .from(appointments)
      .where(eq(appointments.clientId, ids.other.clientId));
    if (!theirs) throw new Error("the seed has no appointment in the second organisation");
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    expect(await codeOf(caseworker.appointments.cancel({ clientId, appointmentId: theirs.id, version: 1 }))).toBe(
      "NOT_FOUND",
    );
    const manager = await callerFor(handle, "manager@demo.test");
    const week = await manager.appointments.teamWeek({});
    expect(week.items.some((item) => item.id === theirs.id)).toBe(false);
  });
});

describe("bad input", () => {
  it("names each bad field", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const paths = await zodPathsOf(
      caller.appointments.create({
        clientId,
        appointment: legalAppointment({ startTime: "25:00", durationMinutes: 0, place: "x".repeat(301) }),
      }),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        "appointment.startTime: appointment.error.startTime",
        "appointment.durationMinutes: appointment.error.duration",
        "appointment.place: appointment.error.place",
      ]),
    );
    expect(
      await zodPathsOf(caller.appointments.create({ clientId, appointment: legalAppointment({ mode: "video" }) })),
    ).toEqual(["appointment.place: appointment.error.placeOnlyInPerson"]);
    expect(await codeOf(caller.appointments.myWeek({ week: "2026-W60" }))).toBe("BAD_REQUEST");
  });

  it("refuses a step of another woman and attendees who are not staff here", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    expect(
      await messageOf(
        caller.appointments.create({ clientId, appointment: legalAppointment({ actionId: ids.own.actionId }) }),
      ),
    ).toBe("appointment.error.actionNotInPlan");
    const [otherStaff] = await handle.db
      .select({ id: memberships.userId })
      .from(memberships)
      .where(eq(memberships.organisationId, ids.other.organisationId));
    expect(
      await messageOf(
        caller.appointments.create({ clientId, appointment: legalAppointment({ attendeeUserIds: [otherStaff?.id] }) }),
      ),
    ).toBe("appointment.error.attendeeNotStaff");
  });
});

describe("calendar feed", () => {
  it("gives times and ids only to the holder of the token, stores only its hash, and stops when revoked", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const { token } = await caller.calendarFeed.create();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await handle.db.select().from(calendarFeeds);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await caller.calendarFeed.status()).toMatchObject({ active: true });

    const anonymous = await anonymousCaller(handle);
    const events = await anonymous.calendarFeed.events({ token });
    if (!events) throw new Error("no feed");
    const ours = (await caller.appointments.listForClient({ clientId })).map((a) => a.id);
    expect(events.filter((e) => ours.includes(e.id)).length).toBe(ours.length);
    const first = events.find((e) => e.id === ours[0]);
    expect(Object.keys(first ?? {}).sort()).toEqual(["cancelled", "end", "id", "start"]);
    expect(JSON.stringify(events)).not.toContain(pseudonym);
    expect(JSON.stringify(events)).not.toContain("Court");

    const { token: renewed } = await caller.calendarFeed.create();
    expect(await anonymous.calendarFeed.events({ token })).toBeNull();
    expect(await anonymous.calendarFeed.events({ token: renewed })).not.toBeNull();
    await caller.calendarFeed.revoke();
    expect(await anonymous.calendarFeed.events({ token: renewed })).toBeNull();
    expect(await caller.calendarFeed.status()).toEqual({ active: false });
    expect(await codeOf(anonymous.calendarFeed.events({ token: "short" }))).toBe("BAD_REQUEST");
  });

  it("stops serving a person who is no longer active staff", async () => {
    const caller = await callerFor(handle, "caseworker-b@demo.test");
    const { token } = await caller.calendarFeed.create();
    const anonymous = await anonymousCaller(handle);
    expect(await anonymous.calendarFeed.events({ token })).not.toBeNull();
    const [person] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "caseworker-b@demo.test"));
    const [org] = await handle.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, ids.own.organisationId));
    await handle.db
      .update(memberships)
      .set({ active: false })
      .where(and(eq(memberships.userId, person?.id ?? ""), eq(memberships.organisationId, org?.id ?? "")));
    expect(await anonymous.calendarFeed.events({ token })).toBeNull();
  });
});

describe("an interpreter booked for a legal appointment (P2)", () => {
  it("meets the interpreter check of her plan; a cancelled or unbooked one does not", async () => {
    const caller = await callerFor(handle, "caseworker@demo.test");
    const woman = await caller.clients.create({
      ...NEW_CLIENT_FACTS,
      needsInterpreter: true,
      pseudonym: "Tamarisk-720",
    });
    await caller.plans.create({ clientId: woman.id });
    const severity = async () =>
      (await caller.plans.get({ clientId: woman.id })).findings.find((f) => f.ruleId === "interpreter-for-legal-work")
        ?.severity;
    expect(await severity()).toBe("gap");
    const unbooked = await caller.appointments.create({ clientId: woman.id, appointment: legalAppointment() });
    expect(await severity()).toBe("gap");
    const booked = legalAppointment({ interpreter: { language: "ro", gender: "woman", mode: "remote", booked: true } });
    await caller.appointments.update({
      clientId: woman.id,
      appointmentId: unbooked.id,
      version: 1,
      appointment: booked,
    });
    expect(await severity()).toBe("met");
    await caller.appointments.cancel({ clientId: woman.id, appointmentId: unbooked.id, version: 2 });
    expect(await severity()).toBe("gap");
  });
});
