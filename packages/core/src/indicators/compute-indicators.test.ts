import { describe, expect, it } from "vitest";
import { CaseRecordSchema } from "./case-record.ts";
import { activeIn, closedIn, computeIndicators, newIn } from "./compute-indicators.ts";
import { disaggregate } from "./disaggregate.ts";
import { INDICATOR_IDS, INDICATORS } from "./indicator-definitions.ts";
import { makeRecord as r } from "./test-records.ts";

const Q1 = { from: "2026-01-01", to: "2026-03-31" };

describe("populations", () => {
  const records = [
    r({ caseId: "before-closed", firstContactDate: "2025-05-01", closureDate: "2025-12-31" }),
    r({ caseId: "carried-over", firstContactDate: "2025-05-01" }),
    r({ caseId: "new", firstContactDate: "2026-02-01" }),
    r({ caseId: "closed-in", firstContactDate: "2025-06-01", closureDate: "2026-01-01" }),
    r({ caseId: "later", firstContactDate: "2026-04-01" }),
  ];
  it("active, new and closed", () => {
    expect(activeIn(records, Q1).map((x) => x.caseId)).toEqual(["carried-over", "new", "closed-in"]);
    expect(newIn(records, Q1).map((x) => x.caseId)).toEqual(["new"]);
    expect(closedIn(records, Q1).map((x) => x.caseId)).toEqual(["closed-in"]);
  });
  it("the test fixture is a valid CaseRecord", () => {
    expect(CaseRecordSchema.safeParse(r()).success).toBe(true);
  });
});

describe("computeIndicators (hand-computed)", () => {
  const records = [
    r({
      caseId: "a",
      firstContactDate: "2026-01-01",
      firstServiceDate: "2026-01-03",
      firstServiceDateByDomain: { legal: "2026-01-11" },
      takenOnWithoutFormalIdentification: true,
      legalNeedsAssessedDate: "2026-01-15",
      conditionsImposedCount: 2,
      hasChildren: true,
      hasChildNeedsPlan: true,
      isHousedByProgramme: true,
      accommodationSingleSex: true,
      accommodationRatedSafe: "yes",
      psychAssessmentOffered: true,
      healthCheckDone: true,
      languageCourseEnrolled: true,
      languageCourseCompleted: true,
      safetyPlanReviewedDate: "2026-01-01",
      disclosuresToAuthoritiesCount: 2,
      disclosuresToAuthoritiesWithConsentCount: 1,
      hasOwnWordsGoals: true,
      planAgreedByHer: true,
      peerGroupOffered: true,
      peerGroupSessionsAttended: 3,
      goalsTotal: 4,
      goalsAchieved: 3,
      gasTScore: 55,
      ladderFirst: { legal: 2, language: 4 },
      ladderLast: { legal: 6, language: 4 },
      confidenceFirst: 3,
      confidenceLast: 7,
      secondaryVictimisationCount: 1,
    }),
    r({
      caseId: "b",
      firstContactDate: "2026-01-10",
      firstServiceDate: "2026-01-20",
      firstServiceDateByDomain: { legal: "2026-02-09" },
      legalNeedsAssessedDate: "2026-01-25",
      isPregnant: true,
      isHousedByProgramme: true,
      accommodationRatedSafe: "no",
      languageCourseEnrolled: true,
      safetyPlanReviewedDate: "2026-03-01",
      hasOwnWordsGoals: true,
      peerGroupOffered: true,
      goalsTotal: 2,
      goalsAchieved: 0,
      gasTScore: 45,
      ladderFirst: { legal: 5 },
      ladderLast: { legal: 4 },
    }),
    r({ caseId: "c", firstContactDate: "2026-02-01", firstServiceDate: "2026-02-02" }),
    r({
      caseId: "d",
      firstContactDate: "2025-01-15",
      firstServiceDate: "2025-01-16",
      closureDate: "2026-02-14",
      closureReason: "goals-met",
      reExploitedWithin12Months: false,
    }),
    r({
      caseId: "e",
      firstContactDate: "2025-11-20",
      closureDate: "2026-03-01",
      closureReason: "funding-ended",
      reExploitedWithin12Months: true,
    }),
    r({ caseId: "f", firstContactDate: "2025-10-01", closureDate: "2026-03-31" }),
  ];
  const result = computeIndicators(records, Q1);

  it("1.1 time to first service: days 2, 10, 1 → median 2 (nearest rank), p90 10", () => {
    expect(result["ind-1.1"]).toEqual({ kind: "distribution", n: 3, median: 2, p90: 10 });
  });
  it("1.1 per domain: legal 10 and 30 days → lower median 10", () => {
    expect(result["ind-1.1-domain"].legal).toEqual({ kind: "distribution", n: 2, median: 10, p90: 30 });
    expect(result["ind-1.1-domain"].medical).toEqual({ kind: "distribution", n: 0, median: null, p90: null });
  });
  it("1.2 without formal identification: 1 of 3 new", () => {
    expect(result["ind-1.2"]).toEqual({ kind: "ratio", numerator: 1, denominator: 3, percent: 33.3 });
  });
  it("1.3 conditions imposed: 2, affecting 1 woman", () => {
    expect(result["ind-1.3"]).toEqual({ kind: "count", value: 2, women: 1 });
  });
  it("1.4 duration: 12, 3 and 5 months → median 5", () => {
    expect(result["ind-1.4"]).toEqual({ kind: "distribution", n: 3, median: 5, p90: 12, atLeast12Months: 1 });
  });
  it("1.5 closure reasons", () => {
    const counts = result["ind-1.5"].kind === "breakdown" ? result["ind-1.5"].counts : {};
    expect(counts).toMatchObject({ "goals-met": 1, "funding-ended": 1, unrecorded: 1, deported: 0 });
  });
  it("2.1 legal assessment within 14 days: a (14 days) yes, b (15) no, c none → 1 of 3", () => {
    expect(result["ind-2.1"]).toMatchObject({ numerator: 1, denominator: 3 });
  });
  it("2.1 follows the organisation's window (issue 21 item 9): 15 days counts b too", () => {
    const wider = computeIndicators(records, Q1, { legalAssessmentWithinDays: 15, safetyReviewIntervalDays: 90 });
    expect(wider["ind-2.1"]).toMatchObject({ numerator: 2, denominator: 3 });
  });
  it("3.1 child-needs plan: 1 of 2 mothers or pregnant", () => {
    expect(result["ind-3.1"]).toMatchObject({ numerator: 1, denominator: 2, percent: 50 });
  });
  it("4.1 single-sex and 4.2 rated safe among 2 housed", () => {
    expect(result["ind-4.1"]).toMatchObject({ numerator: 1, denominator: 2 });
    expect(result["ind-4.2"]).toMatchObject({ numerator: 1, denominator: 2 });
  });
  it("5.1, 6.1 over 6 active women", () => {
    expect(result["ind-5.1"]).toMatchObject({ numerator: 1, denominator: 6 });
    expect(result["ind-6.1"]).toMatchObject({ numerator: 1, denominator: 6 });
  });
  it("7.1 language course completed: 1 of 2 enrolled", () => {
    expect(result["ind-7.1"]).toMatchObject({ numerator: 1, denominator: 2 });
  });
  it("8.1 safety plan reviewed in the 90 days ending on `to` (2026-01-01 … 2026-03-31): a and b", () => {
    expect(result["ind-8.1"]).toMatchObject({ numerator: 2, denominator: 6 });
  });
  it("9.4 disclosures to authorities with consent: 1 of 2", () => {
    expect(result["ind-9.4"]).toEqual({ kind: "ratio", numerator: 1, denominator: 2, percent: 50 });
  });
  it("10.1 own words AND agreed: only a", () => {
    expect(result["ind-10.1"]).toMatchObject({ numerator: 1, denominator: 6 });
  });
  it("11.1 attended among offered: 1 of 2", () => {
    expect(result["ind-11.1"]).toMatchObject({ numerator: 1, denominator: 2 });
  });
  it("X1 re-exploitation known: 1 of 2 closures with a known outcome", () => {
    expect(result["ind-x1"]).toMatchObject({ numerator: 1, denominator: 2 });
  });
  it("X2 confidence change, X3 secondary victimisation, X4 goals achieved", () => {
    expect(result["ind-x2"]).toEqual({ kind: "distribution", n: 1, median: 4, p90: 4 });
    expect(result["ind-x3"]).toEqual({ kind: "count", value: 1, women: 1 });
    expect(result["ind-x4"]).toEqual({ kind: "ratio", numerator: 3, denominator: 6, percent: 50 });
  });
  it("GAS T-score 55, 45 → median 45; distance travelled a: (4 + 0)/2 = 2, b: −1 → median −1", () => {
    expect(result["ind-gas"]).toEqual({ kind: "distribution", n: 2, median: 45, p90: 55 });
    expect(result["ind-distance"]).toEqual({ kind: "distribution", n: 2, median: -1, p90: 2 });
  });
  it("computes every defined indicator", () => {
    expect(Object.keys(result).sort()).toEqual([...INDICATOR_IDS].sort());
    expect(INDICATORS.map((d) => d.id)).toEqual([...INDICATOR_IDS]);
  });
});

describe("disaggregate", () => {
  const records = [
    r({ caseId: "1", ageBand: "18-24", hasChildren: true }),
    r({ caseId: "2", ageBand: "18-24" }),
    r({ caseId: "3", ageBand: "35-44", hasChildren: true, country: "IT" }),
  ];
  it("groups by one or two dimensions in a stable order", () => {
    const one = disaggregate(records, ["ageBand"]);
    expect(one.ok && one.groups.map((g) => [g.key, g.records.length])).toEqual([
      [{ ageBand: "18-24" }, 2],
      [{ ageBand: "35-44" }, 1],
    ]);
    const two = disaggregate(records, ["country", "hasChildren"]);
    expect(two.ok && two.groups.map((g) => [g.key, g.records.map((x) => x.caseId)])).toEqual([
      [{ country: "ES", hasChildren: "no" }, ["2"]],
      [{ country: "ES", hasChildren: "yes" }, ["1"]],
      [{ country: "IT", hasChildren: "yes" }, ["3"]],
    ]);
  });
  it("refuses more than two dimensions and duplicates", () => {
    expect(disaggregate(records, ["ageBand", "country", "legalStatus"])).toEqual({
      ok: false,
      reason: "indicators.error.tooManyDimensions",
      params: { max: 2 },
    });
    expect(disaggregate(records, ["country", "country"])).toMatchObject({
      ok: false,
      reason: "indicators.error.duplicateDimension",
    });
  });
});
