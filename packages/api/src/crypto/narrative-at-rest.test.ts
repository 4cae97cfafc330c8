// Issue 15, item 4: her narrative (goal wording and scale descriptions, step free text and
// barrier notes, assessment notes, named consent recipients) is not stored in plaintext; rows
// from before are encrypted by a step that survives a crash; key rotation covers it.
import { RISK_ITEM_IDS } from "@gesim/core";
import { actions, assessments, clients, consents, eq, goals, sql } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context.ts";
import { DEMO_PASSWORD } from "../demo/seed-demo.ts";
import { createCaller } from "../root.ts";
import {
  anonymousCaller,
  callerFor,
  contextOptions,
  createSeededDb,
  NEW_CLIENT_FACTS,
  TEST_CIPHER,
  TODAY,
} from "../testing/test-support.ts";
import { encryptLegacyNarrative } from "./encrypt-legacy-narrative.ts";
import { createFieldCipher, type FieldCipher, generateKey, parseKey } from "./field-cipher.ts";
import { rotateKeys } from "./rotate-keys.ts";

let handle: TestDb;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

const CASEWORKER = "caseworker@demo.test";
const RISK_ITEM = RISK_ITEM_IDS[0] ?? "perpetrator-contact";

/** Distinctive words, one per field she or her caseworker types. */
const WORDS = {
  goal: "Marisolwords find a flat near my sister",
  gasZero: "Marisolscale a room of her own",
  step: "Marisolstep visit the tenants' association",
  barrier: "Marisolbarrier landlord refuses without payslip",
  needNote: "Marisolneed sleeps on a friend's sofa",
  riskNote: "Marisolrisk he called her cousin twice",
  recipient: "Marisolrecipient Women's Housing Cooperative",
} as const;

/** A new client with a plan, a goal, a blocked free-text step, needs and risk notes and a named recipient, all through the API. */
async function createNarrative() {
  const caller = await callerFor(handle, CASEWORKER);
  const client = await caller.clients.create(NEW_CLIENT_FACTS);
  const plan = await caller.plans.create({ clientId: client.id });
  const ref = { clientId: client.id, planId: plan.id };
  const goal = await caller.plans.addGoal({
    ...ref,
    version: plan.version,
    goal: {
      domain: "accommodation",
      text: WORDS.goal,
      inHerOwnWords: true,
      gasLevels: { zero: WORDS.gasZero },
      currentGasLevel: -1,
      weight: 2,
    },
  });
  const step = await caller.plans.addAction({
    ...ref,
    version: goal.version,
    action: {
      domain: "accommodation",
      freeText: WORDS.step,
      status: "blocked",
      barrierReason: "waiting-list",
      barrierNote: WORDS.barrier,
    },
  });
  await caller.assessments.createNeeds({
    clientId: client.id,
    assessment: { assessedOn: TODAY, needs: { accommodation: { level: "high", note: WORDS.needNote } } },
  });
  await caller.assessments.createRisk({
    clientId: client.id,
    assessment: { assessedOn: TODAY, answers: { [RISK_ITEM]: { answer: "yes", note: WORDS.riskNote } } },
  });
  await caller.consents.create({
    clientId: client.id,
    consent: { purpose: "data-sharing", recipient: WORDS.recipient, givenOn: TODAY, recordedHow: "digital" },
  });
  return { caller, clientId: client.id, planId: plan.id, version: step.version };
}

function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

/** What a pg_dump of the data would hold: every row of every table in the public schema, as text. */
async function dumpAllTables(): Promise<string> {
  const tables = rowsOf<{ name: string }>(
    await handle.db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    ),
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = rowsOf<{ row: string }>(
      await handle.db.execute(sql`select row_to_json(t)::text as row from ${sql.identifier(name)} t`),
    );
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join("\n");
}

/** What the API shows her caseworker: plan page, assessments, consents. */
async function whatTheCaseworkerSees(caller: Awaited<ReturnType<typeof callerFor>>, clientId: string) {
  const plan = await caller.plans.get({ clientId });
  const latest = await caller.assessments.latest({ clientId });
  const consentList = await caller.consents.list({ clientId, limit: 100 });
  return { goals: plan.goals, actions: plan.actions, latest, consents: consentList.items };
}

describe("her narrative at rest", () => {
  it("is in no table in plaintext after a plan is made through the API, and the API shows it back", async () => {
    const { caller, clientId } = await createNarrative();
    const dump = await dumpAllTables();
    expect(dump).toContain(clientId);
    for (const word of Object.values(WORDS)) expect(dump).not.toContain(word.slice(0, 12));
    const seen = JSON.stringify(await whatTheCaseworkerSees(caller, clientId));
    for (const word of Object.values(WORDS)) expect(seen).toContain(word);
  });

  it("keeps the facts the indicators and checks read plain: domain, levels, status, barrier reason, answers", async () => {
    const { caller, clientId } = await createNarrative();
    const [goal] = await handle.db.select().from(goals).where(eq(goals.clientId, clientId));
    expect(goal).toMatchObject({ domain: "accommodation", currentGasLevel: -1, weight: 2, legacyText: null });
    expect(goal?.textCipher).toMatch(/^gcm1\./);
    const [step] = await handle.db.select().from(actions).where(eq(actions.clientId, clientId));
    expect(step).toMatchObject({ status: "blocked", barrierReason: "waiting-list", legacyFreeText: null });
    const stored = await handle.db.select().from(assessments).where(eq(assessments.clientId, clientId));
    expect(stored.find((a) => a.kind === "needs")?.content).toEqual({
      assessedOn: TODAY,
      needs: { accommodation: { level: "high" } },
    });
    expect(stored.find((a) => a.kind === "risk")?.content).toEqual({
      assessedOn: TODAY,
      answers: { [RISK_ITEM]: { answer: "yes" } },
    });
    // The caseload's risk level is scored from the plain answers.
    const [her] = await handle.db.select().from(clients).where(eq(clients.id, clientId));
    const page = await caller.clients.list({ limit: 100, search: her?.pseudonym ?? "" });
    expect(page.items.find((c) => c.id === clientId)).toMatchObject({ riskLevel: "low" });
    const plan = await caller.plans.get({ clientId });
    expect(plan.actions[0]).toMatchObject({ status: "blocked", barrierNote: WORDS.barrier });
  });

  it("a review changes a step's barrier note encrypted too", async () => {
    const { caller, clientId, planId, version } = await createNarrative();
    const [step] = await handle.db.select().from(actions).where(eq(actions.clientId, clientId));
    const note = "Marisolreview the landlord wants a guarantor";
    await caller.reviews.create({
      clientId,
      reviewedOn: TODAY,
      housingRatedSafe: "yes",
      summary: "",
      nextReviewDate: null,
      plan: {
        planId,
        version,
        actionUpdates: [{ actionId: step?.id ?? "", status: "blocked", barrierReason: "other", barrierNote: note }],
      },
    });
    expect(await dumpAllTables()).not.toContain("Marisolreview");
    const plan = await caller.plans.get({ clientId });
    expect(plan.actions[0]).toMatchObject({ freeText: WORDS.step, barrierNote: note, barrierReason: "other" });
  });
});

/** Moves every narrative value of her record back into the plaintext columns, as rows were before migration 0017. */
async function makeLegacy(clientId: string, cipher: FieldCipher) {
  for (const row of await handle.db.select().from(goals).where(eq(goals.clientId, clientId)))
    await handle.db
      .update(goals)
      .set({
        legacyText: cipher.decrypt(row.textCipher ?? ""),
        textCipher: null,
        legacyGasLevels: row.gasLevelsCipher ? JSON.parse(cipher.decrypt(row.gasLevelsCipher)) : null,
        gasLevelsCipher: null,
      })
      .where(eq(goals.id, row.id));
  for (const row of await handle.db.select().from(actions).where(eq(actions.clientId, clientId)))
    await handle.db
      .update(actions)
      .set({
        legacyFreeText: row.freeTextCipher ? cipher.decrypt(row.freeTextCipher) : null,
        freeTextCipher: null,
        legacyBarrierNote: row.barrierNoteCipher ? cipher.decrypt(row.barrierNoteCipher) : null,
        barrierNoteCipher: null,
      })
      .where(eq(actions.id, row.id));
  for (const row of await handle.db.select().from(assessments).where(eq(assessments.clientId, clientId))) {
    if (!row.notesCipher) continue;
    const notes = JSON.parse(cipher.decrypt(row.notesCipher)) as [string[], string][];
    const content = structuredClone(row.content) as Record<string, Record<string, Record<string, unknown>>>;
    for (const [[outer = "", inner = ""], note] of notes) {
      const item = content[outer]?.[inner];
      if (item) item.note = note;
    }
    await handle.db.update(assessments).set({ content, notesCipher: null }).where(eq(assessments.id, row.id));
  }
  for (const row of await handle.db.select().from(consents).where(eq(consents.clientId, clientId)))
    if (row.recipientCipher)
      await handle.db
        .update(consents)
        .set({ recipient: cipher.decrypt(row.recipientCipher), recipientCipher: null })
        .where(eq(consents.id, row.id));
}

/** A cipher that fails after `allowed` encryptions: the process dies midway through the step. */
function crashingAfter(cipher: FieldCipher, allowed: number): FieldCipher {
  let done = 0;
  return {
    ...cipher,
    encrypt(plaintext) {
      done += 1;
      if (done > allowed) throw new Error("simulated crash");
      return cipher.encrypt(plaintext);
    },
  };
}

describe("encryptLegacyNarrative (the data step after migration 0017)", () => {
  it("encrypts plaintext rows; a crash midway loses nothing and a rerun finishes; a third run has nothing to do", async () => {
    const made = [await createNarrative(), await createNarrative(), await createNarrative()];
    const before = await Promise.all(made.map((m) => whatTheCaseworkerSees(m.caller, m.clientId)));
    // The seeded demo and the records above are encrypted already; make these three as they were before.
    await Promise.all(made.map((m) => makeLegacy(m.clientId, TEST_CIPHER)));
    const legacyDump = await dumpAllTables();
    expect(legacyDump).toContain(WORDS.goal);
    expect(legacyDump).toContain(WORDS.needNote);
    // Plaintext rows read the same through the API as encrypted ones (readers take either).
    expect(await Promise.all(made.map((m) => whatTheCaseworkerSees(m.caller, m.clientId)))).toEqual(before);

    await expect(encryptLegacyNarrative(handle.db, crashingAfter(TEST_CIPHER, 7), 2)).rejects.toThrow(
      "simulated crash",
    );
    // Some rows are encrypted, some not yet: every word is still readable, none lost.
    const midway = await dumpAllTables();
    expect(midway).not.toContain(WORDS.goal); // the goals' batches were committed
    expect(Object.values(WORDS).some((word) => midway.includes(word))).toBe(true); // the rest waits
    expect(await Promise.all(made.map((m) => whatTheCaseworkerSees(m.caller, m.clientId)))).toEqual(before);

    const counts = await encryptLegacyNarrative(handle.db, TEST_CIPHER, 2);
    expect(counts.goals + counts.actions + counts.assessments + counts.consents).toBeGreaterThan(0);
    const after = await dumpAllTables();
    for (const word of Object.values(WORDS)) expect(after).not.toContain(word.slice(0, 12));
    expect(await Promise.all(made.map((m) => whatTheCaseworkerSees(m.caller, m.clientId)))).toEqual(before);
    expect(await encryptLegacyNarrative(handle.db, TEST_CIPHER)).toEqual({
      goals: 0,
      actions: 0,
      assessments: 0,
      consents: 0,
    });
  });

  it("leaves provider-id recipients (what referrals check) plain", async () => {
    const [referral] = await handle.db
      .select()
      .from(consents)
      .where(sql`${consents.purpose} = 'service-referral' and ${consents.recipient} is not null`)
      .limit(1);
    expect(referral?.recipient).toMatch(/^[0-9a-f-]{36}$/);
    expect(referral?.recipientCipher).toBeNull();
  });
});

/** The new key, reading older values with the test's key (as GESIM_ENCRYPTION_PREVIOUS_KEYS would). */
function rotatingFrom(previous: FieldCipher, next: FieldCipher): FieldCipher {
  return {
    activeKeyId: next.activeKeyId,
    encrypt: (plaintext) => next.encrypt(plaintext),
    decrypt: (value) => (next.keyIdOf(value) === next.activeKeyId ? next.decrypt(value) : previous.decrypt(value)),
    encryptBytes: (plaintext) => next.encryptBytes(plaintext),
    decryptBytes: (value) =>
      next.keyIdOf(value) === next.activeKeyId ? next.decryptBytes(value) : previous.decryptBytes(value),
    keyIdOf: (value) => next.keyIdOf(value),
  };
}

async function caseworkerWith(cipher: FieldCipher) {
  const { sessionToken } = await (await anonymousCaller(handle)).auth.login({
    email: CASEWORKER,
    password: DEMO_PASSWORD,
  });
  return createCaller(await createContext(contextOptions(handle, { sessionToken, cipher })));
}

describe("key rotation of her narrative", () => {
  it("re-encrypts the narrative columns with the new key; the new key alone then reads the plan page", async () => {
    const { caller, clientId } = await createNarrative();
    const before = await whatTheCaseworkerSees(caller, clientId);
    const newOnly = createFieldCipher(parseKey(generateKey()));
    const counts = await rotateKeys(handle.db, rotatingFrom(TEST_CIPHER, newOnly), 50);
    for (const table of ["goals", "actions", "assessments", "consents"])
      expect(counts[table]?.values, table).toBeGreaterThan(0);
    const stale = rowsOf<{ n: number }>(
      await handle.db.execute(sql`select count(*)::int as n from (
        select text_cipher as v from goals union all select gas_levels_cipher from goals
        union all select free_text_cipher from actions union all select barrier_note_cipher from actions
        union all select notes_cipher from assessments union all select recipient_cipher from consents) c
        where v is not null and split_part(v, '.', 2) <> ${newOnly.activeKeyId}`),
    );
    expect(stale[0]?.n).toBe(0);
    expect(await whatTheCaseworkerSees(await caseworkerWith(newOnly), clientId)).toEqual(before);
  });
});
