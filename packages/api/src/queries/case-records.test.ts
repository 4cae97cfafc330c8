import {
  ACTION_STATUSES,
  addDays,
  CLOSURE_REASONS,
  createSeededRandom,
  DOMAIN_IDS,
  latestCompleteQuarter,
  type Period,
  quarterRange,
  REFERRAL_STATUSES,
} from "@gesim/core";
import {
  actions,
  assessments,
  clients,
  closures,
  consents,
  eq,
  goals,
  plans,
  referrals,
  reviews,
  serviceProviders,
  withTenant,
} from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCaseRecordsReference } from "../testing/case-records-reference.ts";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { createSeededDb, TEST_CIPHER, TODAY } from "../testing/test-support.ts";
import { loadCaseRecords } from "./case-records.ts";

/**
 * The SQL loader (one set-based query) against the former per-table loader, kept as a test-only
 * reference: the same records, field for field, on the demo data and on generated edge cases,
 * read as the application role inside the organisation's tenant transaction.
 */
let handle: TestDb;
let ids: MatrixFixture;
const QUARTER = latestCompleteQuarter(TODAY);
const PERIODS: Period[] = [
  quarterRange(QUARTER),
  quarterRange("2026-Q2"),
  quarterRange("2025-Q4"),
  { from: "2020-01-01", to: TODAY },
  { from: "2026-11-01", to: "2026-11-30" },
];

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

async function both(organisationId: string, period: Period, today = TODAY) {
  return withTenant(handle.db, organisationId, async (tx) => ({
    sql: await loadCaseRecords(tx, organisationId, period, today),
    reference: await loadCaseRecordsReference(tx, organisationId, period, today),
  }));
}

describe("loadCaseRecords (SQL) builds exactly the reference loader's records", () => {
  it.each(PERIODS)("on the demo data, both organisations, %o", async (period) => {
    for (const organisationId of [ids.own.organisationId, ids.other.organisationId]) {
      const { sql, reference } = await both(organisationId, period);
      expect(sql.length).toBe(reference.length);
      expect(sql).toEqual(reference);
    }
  });

  it("on the demo data the records are not trivial (the comparison covers every kind of fact)", async () => {
    const { sql } = await both(ids.own.organisationId, { from: "2020-01-01", to: TODAY });
    expect(sql.length).toBeGreaterThan(100);
    for (const has of [
      (r: (typeof sql)[number]) => r.firstServiceDate !== undefined,
      (r: (typeof sql)[number]) => r.closureReason !== undefined,
      (r: (typeof sql)[number]) => r.legalNeedsAssessedDate !== undefined,
      (r: (typeof sql)[number]) => Object.keys(r.ladderFirst).length > 0,
      (r: (typeof sql)[number]) => r.gasTScore !== undefined,
      (r: (typeof sql)[number]) => r.reportingConsent,
      (r: (typeof sql)[number]) => r.accommodationRatedSafe !== "not-asked",
    ]) {
      expect(sql.some(has)).toBe(true);
    }
  });

  it("on generated edge cases: no plan, reopened closures, missing or malformed assessments, every consent state", async () => {
    const organisationId = ids.other.organisationId;
    await seedEdgeCases(organisationId, 120);
    for (const period of PERIODS) {
      const { sql, reference } = await both(organisationId, period);
      expect(sql).toEqual(reference);
    }
    // Another "today" moves consents between valid, expired and withdrawn.
    for (const today of ["2026-01-15", "2027-06-30"]) {
      const { sql, reference } = await both(organisationId, { from: "2020-01-01", to: today }, today);
      expect(sql).toEqual(reference);
    }
  });
});

/** Deterministic awkward women in `organisationId`: each fact present, absent or malformed at random. */
async function seedEdgeCases(organisationId: string, count: number) {
  const random = createSeededRandom(8);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number) => random() < p;
  const day = () => addDays("2025-01-01", Math.floor(random() * 700));
  const [provider] = await handle.db
    .select({ id: serviceProviders.id })
    .from(serviceProviders)
    .where(eq(serviceProviders.organisationId, organisationId))
    .limit(1);
  if (!provider) throw new Error("no provider in the demo organisation");
  for (let i = 0; i < count; i += 1) {
    const firstContact = day();
    const [client] = await handle.db
      .insert(clients)
      .values({
        organisationId,
        pseudonym: `edge-case-${i}`,
        firstContactDate: firstContact,
        status: pick(["intake", "active", "closed"] as const),
        ageBand: pick(["18-24", "45+", null, "seventy"]),
        citizenship: pick(["eu", "third-country", null] as const),
        legalStatus: pick(["eu-citizen", "asylum-pending", null] as const),
        identificationStatus: pick(["not-assessed", "formally-identified"] as const),
        childrenCount: pick([0, 2]),
        isPregnant: chance(0.2),
        closedOn: chance(0.2) ? addDays(firstContact, 90) : null,
      })
      .returning({ id: clients.id });
    if (!client) throw new Error("client not created");
    const clientId = client.id;
    const own = { organisationId, clientId };
    // Consents first: a referral needs one.
    const consentIds: string[] = [];
    for (let c = 0; c < pick([0, 1, 2, 3]); c += 1) {
      const givenOn = day();
      const [consent] = await handle.db
        .insert(consents)
        .values({
          ...own,
          purpose: pick(["anonymised-reporting", "anonymised-reporting", "service-referral"] as const),
          givenOn,
          withdrawnOn: chance(0.3) ? addDays(givenOn, 200) : null,
          expiresOn: chance(0.3) ? addDays(givenOn, 365) : null,
          recordedHow: "written-signed",
        })
        .returning({ id: consents.id });
      if (consent) consentIds.push(consent.id);
    }
    if (chance(0.2)) continue; // no plan, nothing else
    const [plan] = await handle.db
      .insert(plans)
      .values({
        ...own,
        agreedByClient: chance(0.5),
        conditionsImposed: chance(0.2) ? ["curfew", "report weekly"] : [],
        accommodationSingleSex: pick([true, false, null]),
        accommodationRatedSafe: pick(["yes", "no", "not-asked", null]),
        lastSafetyReviewDate: chance(0.5) ? day() : null,
      })
      .returning({ id: plans.id });
    if (!plan) throw new Error("plan not created");
    for (let g = 0; g < pick([0, 1, 3, 5]); g += 1) {
      await handle.db.insert(goals).values({
        ...own,
        planId: plan.id,
        domain: pick(DOMAIN_IDS),
        textCipher: TEST_CIPHER.encrypt("goal"),
        inHerOwnWords: chance(0.5),
        currentGasLevel: pick([-3, -2, -1, 0, 1, 2, 3]),
        weight: pick([0, 1, 2, 3]),
      });
    }
    for (let a = 0; a < pick([0, 2, 6]); a += 1) {
      const status = pick(ACTION_STATUSES);
      await handle.db.insert(actions).values({
        ...own,
        planId: plan.id,
        domain: pick(["therapy", "medical", "language", "peer-support", "childcare", pick(DOMAIN_IDS)] as const),
        status,
        startedOn: status !== "planned" && chance(0.6) ? day() : null,
        completedOn: status === "done" && chance(0.7) ? day() : null,
      });
    }
    let version = 1;
    for (let a = 0; a < pick([0, 1, 3]); a += 1) {
      const content = pick([
        {
          readings: [
            { domain: pick(DOMAIN_IDS), value: Math.floor(random() * 11) },
            { domain: pick(DOMAIN_IDS), value: 7.5 },
          ],
        },
        {
          readings: [
            { domain: "no-such-domain", value: 3 },
            { domain: pick(DOMAIN_IDS), value: 11 },
            { domain: pick(DOMAIN_IDS), value: "4" },
            5,
          ],
        },
        { readings: "not a list" },
        {},
      ]);
      await handle.db
        .insert(assessments)
        .values({ ...own, kind: "ladder", version: version++, assessedOn: day(), content });
    }
    for (let a = 0; a < pick([0, 1, 2]); a += 1) {
      const content = pick([
        { needs: { legal: "residence" } },
        { needs: { legal: null } },
        { needs: { housing: "yes" } },
        { needs: ["legal"] },
        { needs: "legal" },
      ]);
      await handle.db
        .insert(assessments)
        .values({ ...own, kind: "needs", version: version++, assessedOn: day(), content });
    }
    for (let r = 0; r < pick([0, 1, 3]); r += 1) {
      await handle.db.insert(reviews).values({
        ...own,
        planId: plan.id,
        reviewedOn: day(),
        housingRatedSafe: pick(["yes", "no", "not-asked", null]),
      });
    }
    // Closures: some reopened, some not, in any order of dates.
    const closureDays = new Set<string>();
    for (let c = 0; c < pick([0, 1, 2, 3]); c += 1) closureDays.add(day());
    for (const closedOn of closureDays) {
      await handle.db.insert(closures).values({
        ...own,
        closedOn,
        reasons: chance(0.9) ? [pick(CLOSURE_REASONS), pick(CLOSURE_REASONS)] : [],
        reopenedOn: chance(0.5) ? addDays(closedOn, 10) : null,
      });
    }
    for (let r = 0; r < (consentIds.length > 0 ? pick([0, 1, 2]) : 0); r += 1) {
      const status = pick(REFERRAL_STATUSES);
      await handle.db.insert(referrals).values({
        ...own,
        providerId: provider.id,
        consentId: pick(consentIds),
        status,
        sentOn: day(),
        decidedOn: status === "sent" ? null : day(),
      });
    }
  }
}
