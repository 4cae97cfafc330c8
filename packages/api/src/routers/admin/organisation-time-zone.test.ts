import type { ClientFacts } from "@gesim/core";
import { auditEvents, eq, organisations } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { callerFor, createSeededDb, TODAY } from "../../testing/test-support.ts";
import { codeOf, messageOf } from "../../testing/trpc-codes.ts";

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
  languages: ["it"],
  needsInterpreter: false,
  identificationStatus: "not-assessed",
  cooperationWithAuthorities: "not-asked",
  isInTrainingOrWork: false,
};

/** 23:30 UTC on the test day: already the next day in Rome (UTC+1 in November). */
const LATE = new Date(`${TODAY}T23:30:00Z`);

async function settingsOf(email: string) {
  return (await callerFor(handle, email)).admin.organisation.get();
}

describe("admin.organisation: time zone", () => {
  it("is UTC until an administrator sets it; managers read it, and the rounding that follows from k", async () => {
    const settings = await settingsOf("manager@demo.test");
    expect(settings).toMatchObject({ timeZone: "UTC", disclosureRounding: null, disclosureRoundingInForce: 5 });
    expect(await codeOf((await callerFor(handle, "caseworker@demo.test")).admin.organisation.get())).toBe("FORBIDDEN");
  });

  it("refuses an unknown time zone with a clear message, and managers and caseworkers may not set it", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const {
      id: _id,
      disclosureRounding: _r,
      timeZone: _t,
      retainIdentityMonths: _i,
      retainNotesMonths: _n,
      ...rest
    } = await settingsOf("admin@demo.test");
    expect(await messageOf(admin.admin.organisation.update({ ...rest, timeZone: "Mars/Olympus" }))).toContain(
      "organisation.error.timeZone",
    );
    for (const email of ["manager@demo.test", "caseworker@demo.test", "funder@demo.test"]) {
      const caller = await callerFor(handle, email);
      expect(await codeOf(caller.admin.organisation.update({ ...rest, timeZone: "Europe/Rome" }))).toBe("FORBIDDEN");
    }
    // Another organisation keeps its own clock: the update touched only hers.
    const [second] = await handle.db
      .select({ timeZone: organisations.timeZone })
      .from(organisations)
      .where(eq(organisations.id, ids.other.organisationId));
    expect(second?.timeZone).toBe("UTC");
  });

  it("moves 'today' to the organisation's date near midnight (a case closed at 23:30 UTC in Rome closes tomorrow)", async () => {
    const manager = await callerFor(handle, "manager@demo.test", LATE);
    const before = await manager.clients.create({ ...FACTS, isAdult: true });
    const closedUtc = await manager.clients.close({
      clientId: before.id,
      version: before.version,
      reasons: ["her-choice"],
    });
    expect(closedUtc.closedOn).toBe(TODAY);

    const admin = await callerFor(handle, "admin@demo.test");
    const {
      id: _id,
      disclosureRounding: _r,
      retainIdentityMonths: _i,
      retainNotesMonths: _n,
      ...rest
    } = await settingsOf("admin@demo.test");
    const updated = await admin.admin.organisation.update({ ...rest, timeZone: "Europe/Rome" });
    expect(updated.timeZone).toBe("Europe/Rome");
    const [event] = await handle.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.action, "admin.organisation.update"));
    expect(event).toBeDefined();

    // Sessions read the clock of their organisation: a new sign-in at the same instant.
    const managerInRome = await callerFor(handle, "manager@demo.test", LATE);
    const after = await managerInRome.clients.create({ ...FACTS, isAdult: true });
    const closedRome = await managerInRome.clients.close({
      clientId: after.id,
      version: after.version,
      reasons: ["her-choice"],
    });
    expect(closedRome.closedOn).toBe("2026-11-24");
    // Earlier the same evening (22:30 UTC = 23:30 in Rome) it is still the 23rd there.
    const evening = await callerFor(handle, "manager@demo.test", new Date(`${TODAY}T22:30:00Z`));
    const third = await evening.clients.create({ ...FACTS, isAdult: true });
    expect(
      (await evening.clients.close({ clientId: third.id, version: third.version, reasons: ["her-choice"] })).closedOn,
    ).toBe(TODAY);
  });
});
