import { clients, eq } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { callerFor, createSeededDb } from "../../testing/test-support.ts";
import { codeOf, messageOf } from "../../testing/trpc-codes.ts";
import type { CreateClientInputSchema } from "./create-client.ts";

type CreateClientInput = z.input<typeof CreateClientInputSchema>;

/**
 * The full intake (issue 16): nationality, safe-contact rules, the interpreter need and each
 * child's age and home, recorded for a woman created here through the API.
 */
let handle: TestDb;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

const INTAKE: CreateClientInput = {
  isAdult: true,
  firstContactDate: "2026-11-02",
  citizenship: "third-country",
  nationality: "NG",
  childrenCount: 2,
  children: [
    { age: 4, livesWith: "with-her" },
    { age: 9, livesWith: "abroad" },
  ],
  isPregnant: false,
  languages: ["en", "pcm"],
  needsInterpreter: true,
  interpreter: { language: "bin", gender: "woman", mode: "in-person" },
  safeContact: { channels: ["in-person", "messenger"], times: ["morning"], neverLeaveMessage: true },
  exploitationForms: ["sexual", "domestic-servitude"],
  housingSituation: "mixed-reception-centre",
  identificationStatus: "not-assessed",
  cooperationWithAuthorities: "not-asked",
  isInTrainingOrWork: false,
};

async function newWoman() {
  const caseworker = await callerFor(handle, "caseworker@demo.test");
  const created = await caseworker.clients.create({ ...INTAKE, children: INTAKE.children });
  return { caseworker, created };
}

describe("intake facts", () => {
  it("records her nationality, safe-contact rules, interpreter need and children, and gives them back", async () => {
    const { caseworker, created } = await newWoman();
    const client = await caseworker.clients.get({ clientId: created.id });
    expect(client).toMatchObject({
      nationality: "NG",
      safeContact: INTAKE.safeContact,
      interpreter: INTAKE.interpreter,
      children: INTAKE.children,
      childrenCount: 2,
      exploitationForms: ["sexual", "domestic-servitude"],
      housingSituation: "mixed-reception-centre",
    });
  });

  it("keeps her code word encrypted, gives it back on her record only, and never in the caseload", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const safeContact = { ...INTAKE.safeContact, codeWord: "Sunflower blue" } as CreateClientInput["safeContact"];
    const created = await caseworker.clients.create({ ...INTAKE, pseudonym: "Codeword Test", safeContact });
    const [row] = await handle.db
      .select({ safeContact: clients.safeContact, cipher: clients.safeContactCodeWordCipher })
      .from(clients)
      .where(eq(clients.id, created.id));
    expect(JSON.stringify(row?.safeContact)).not.toContain("Sunflower");
    expect(row?.cipher).toBeTruthy();
    expect(row?.cipher).not.toContain("Sunflower");
    expect((await caseworker.clients.get({ clientId: created.id })).safeContact).toEqual(safeContact);
    const manager = await callerFor(handle, "manager@demo.test");
    expect((await manager.clients.get({ clientId: created.id })).safeContact?.codeWord).toBe("Sunflower blue");
    const caseload = await caseworker.clients.list({});
    expect(JSON.stringify(caseload)).toContain("Codeword Test");
    expect(JSON.stringify(caseload)).not.toContain("Sunflower");
    const other = await callerFor(handle, "caseworker-b@demo.test");
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(await codeOf(other.clients.get({ clientId: created.id })));
    // Rules saved again without a code word remove it.
    await caseworker.clients.update({
      ...INTAKE,
      clientId: created.id,
      version: created.version,
      safeContact: INTAKE.safeContact,
    });
    expect((await caseworker.clients.get({ clientId: created.id })).safeContact).toEqual(INTAKE.safeContact);
  });

  it("refuses unknown forms of exploitation, a repeated one, an unknown housing situation and a too long code word", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const bad = [
      { exploitationForms: ["smuggling" as "sexual"] },
      { exploitationForms: ["sexual", "sexual"] as CreateClientInput["exploitationForms"] },
      { housingSituation: "castle" as "homeless" },
      { safeContact: { ...INTAKE.safeContact, codeWord: "x".repeat(61) } as CreateClientInput["safeContact"] },
    ];
    for (const patch of bad) {
      expect(await codeOf(caseworker.clients.create({ ...INTAKE, ...patch }))).toBe("BAD_REQUEST");
    }
    expect(
      await messageOf(
        caseworker.clients.create({
          ...INTAKE,
          safeContact: { ...INTAKE.safeContact, codeWord: "x".repeat(61) } as CreateClientInput["safeContact"],
        }),
      ),
    ).toContain("client.error.codeWordLength");
  });

  it("keeps what a form does not send, clears what it sends as null, and drops the interpreter when none is needed", async () => {
    const { caseworker, created } = await newWoman();
    const { isAdult: _, nationality: __, safeContact: ___, interpreter: ____, ...facts } = INTAKE;
    const kept = await caseworker.clients.update({
      ...facts,
      children: INTAKE.children,
      clientId: created.id,
      version: created.version,
    });
    expect(await caseworker.clients.get({ clientId: created.id })).toMatchObject({
      nationality: "NG",
      safeContact: INTAKE.safeContact,
      interpreter: INTAKE.interpreter,
    });
    await caseworker.clients.update({
      ...facts,
      needsInterpreter: false,
      nationality: null,
      safeContact: null,
      clientId: created.id,
      version: kept.version,
    });
    expect(await caseworker.clients.get({ clientId: created.id })).toMatchObject({
      nationality: null,
      safeContact: null,
      interpreter: null,
      children: INTAKE.children,
    });
  });

  it("refuses a nationality that contradicts her citizenship group, and writes nothing", async () => {
    const { caseworker, created } = await newWoman();
    const { isAdult: _, ...facts } = INTAKE;
    const update = caseworker.clients.update({
      ...facts,
      children: INTAKE.children,
      nationality: "RO",
      clientId: created.id,
      version: created.version,
    });
    expect(await messageOf(update)).toBe("client.error.nationalityGroup");
    expect(
      await messageOf(caseworker.clients.create({ ...INTAKE, children: [], childrenCount: 0, nationality: "BG" })),
    ).toBe("client.error.nationalityGroup");
    expect(await caseworker.clients.get({ clientId: created.id })).toMatchObject({
      nationality: "NG",
      version: created.version,
    });
  });

  it("refuses free-text nationalities, safe-contact rules without a channel and unknown interpreter modes", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const base = { ...INTAKE, children: INTAKE.children };
    expect(await codeOf(caseworker.clients.create({ ...base, nationality: "Nigerian" as "NG" }))).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        caseworker.clients.create({ ...base, safeContact: { channels: [], times: [], neverLeaveMessage: true } }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        caseworker.clients.create({ ...base, interpreter: { gender: "woman", mode: "telepathy" as "remote" } }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("lets no colleague she is not shared with, no funder and no other organisation change them", async () => {
    const { created } = await newWoman();
    const { isAdult: _, ...facts } = INTAKE;
    const update = { ...facts, children: INTAKE.children, clientId: created.id, version: created.version };
    for (const email of ["caseworker-b@demo.test", "funder@demo.test", "caseworker2@demo.test"]) {
      const code = await codeOf((await callerFor(handle, email)).clients.update({ ...update, safeContact: null }));
      expect(["FORBIDDEN", "NOT_FOUND"]).toContain(code);
    }
    const manager = await callerFor(handle, "manager@demo.test");
    expect(await manager.clients.get({ clientId: created.id })).toMatchObject({ safeContact: INTAKE.safeContact });
  });

  it("erases her safe-contact rules and code word with her identity, and keeps her nationality for the statistics", async () => {
    const caseworker = await callerFor(handle, "caseworker@demo.test");
    const created = await caseworker.clients.create({
      ...INTAKE,
      safeContact: { ...INTAKE.safeContact, codeWord: "Lantern" } as CreateClientInput["safeContact"],
    });
    const manager = await callerFor(handle, "manager@demo.test");
    const closed = await manager.clients.close({
      clientId: created.id,
      version: created.version,
      reasons: ["her-choice"],
    });
    await manager.clients.erase({ clientId: created.id, version: closed.version, reason: "her-request" });
    expect(await manager.clients.get({ clientId: created.id })).toMatchObject({ safeContact: null, nationality: "NG" });
    const [row] = await handle.db
      .select({ cipher: clients.safeContactCodeWordCipher })
      .from(clients)
      .where(eq(clients.id, created.id));
    expect(row?.cipher).toBeNull();
  });
});
