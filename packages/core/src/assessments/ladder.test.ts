import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOMAIN_IDS } from "../domains/domain-ids.ts";
import { translate } from "../i18n/catalogue.ts";
import { LOCALES } from "../i18n/locales.ts";
import {
  distanceTravelled,
  LADDER_STAGES,
  type LadderReading,
  LadderReadingSchema,
  ladderDomainStageKey,
  ladderStage,
  latestReadings,
} from "./ladder.ts";

const intake: LadderReading[] = [
  { domain: "legal", value: 1, date: "2025-12-01" },
  { domain: "accommodation", value: 2, date: "2026-01-10" },
  { domain: "legal", value: 3, date: "2026-01-10" },
  { domain: "language", value: 4, date: "2026-01-10" },
  { domain: "employment", value: 1, date: "2026-01-10" },
  { domain: "interpreting", value: 5, date: "2026-01-10" },
];
const review: LadderReading[] = [
  { domain: "accommodation", value: 6, date: "2026-07-10" },
  { domain: "legal", value: 5, date: "2026-07-10" },
  { domain: "language", value: 4, date: "2026-07-10" },
  { domain: "employment", value: 3, date: "2026-07-10" },
  { domain: "digital-safety", value: 7, date: "2026-07-10" },
];

describe("ladderStage", () => {
  it.each([
    [1, "stuck"],
    [2, "stuck"],
    [3, "accepting-help"],
    [4, "accepting-help"],
    [5, "trying"],
    [6, "trying"],
    [7, "finding-what-works"],
    [8, "finding-what-works"],
    [9, "self-reliant"],
    [10, "self-reliant"],
    [0, "stuck"],
    [11, "self-reliant"],
  ])("%i → %s", (value, stage) => {
    expect(ladderStage(value).id).toBe(stage);
  });

  it.each(LOCALES)("stages are translated in %s", (locale) => {
    for (const stage of LADDER_STAGES) {
      expect(translate(locale, stage.titleKey)).not.toBe(stage.titleKey);
      expect(translate(locale, stage.descriptionKey)).not.toBe(stage.descriptionKey);
    }
  });
});

describe("ladderDomainStageKey", () => {
  it.each([
    ["accommodation", 1, "ladder.accommodation.stuck"],
    ["legal", 6, "ladder.legal.trying"],
    ["digital-safety", 10, "ladder.digital-safety.self-reliant"],
  ] as const)("%s at %i → %s", (domain, value, key) => {
    expect(ladderDomainStageKey(domain, value)).toBe(key);
  });

  it.each(LOCALES)("every domain and stage is worded in %s", (locale) => {
    for (const domain of DOMAIN_IDS) {
      for (const stage of LADDER_STAGES) {
        const key = ladderDomainStageKey(domain, stage.from);
        expect(translate(locale, key)).not.toBe(key);
      }
    }
  });
});

describe("latestReadings", () => {
  it("keeps the latest reading per domain", () => {
    expect(latestReadings(intake).legal?.value).toBe(3);
    expect(latestReadings([...intake].reverse()).legal?.value).toBe(3);
    expect(latestReadings([]).legal).toBeUndefined();
  });
});

describe("distanceTravelled", () => {
  it("computes per-domain change and per-pathway means", () => {
    const result = distanceTravelled(intake, review);
    expect(result.byDomain).toEqual({ accommodation: 4, legal: 2, language: 0, employment: 2 });
    // PLM: accommodation 4, legal 2 → 3. EEM: accommodation 4, language 0, employment 2 → 2.
    expect(result.byPathway).toEqual({ plm: 3, eem: 2, "cross-cutting": null });
  });

  it("is empty for no readings", () => {
    expect(distanceTravelled([], [])).toEqual({
      byDomain: {},
      byPathway: { plm: null, eem: null, "cross-cutting": null },
    });
  });

  const readingArb = fc.record({
    domain: fc.constantFrom(...DOMAIN_IDS),
    value: fc.integer({ min: 1, max: 10 }),
    date: fc.constantFrom("2026-01-01", "2026-02-01", "2026-03-01"),
  });

  it("is antisymmetric: swapping before and after negates every change", () => {
    fc.assert(
      fc.property(fc.array(readingArb), fc.array(readingArb), (a, b) => {
        const forward = distanceTravelled(a, b);
        const backward = distanceTravelled(b, a);
        for (const domain of DOMAIN_IDS) {
          const f = forward.byDomain[domain];
          expect(backward.byDomain[domain]).toBe(f === undefined ? undefined : f === 0 ? 0 : -f);
        }
        for (const group of ["plm", "eem", "cross-cutting"] as const) {
          const f = forward.byPathway[group];
          expect(backward.byPathway[group]).toBe(f === null ? null : f === 0 ? 0 : -f);
        }
      }),
    );
  });

  it("is zero for identical readings", () => {
    fc.assert(
      fc.property(fc.array(readingArb), (a) => {
        expect(Object.values(distanceTravelled(a, a).byDomain).every((v) => v === 0)).toBe(true);
      }),
    );
  });
});

describe("LadderReadingSchema", () => {
  it.each([
    [{ domain: "legal", value: 5, date: "2026-11-23" }, true],
    [{ domain: "legal", value: 0, date: "2026-11-23" }, false],
    [{ domain: "legal", value: 11, date: "2026-11-23" }, false],
    [{ domain: "legal", value: 5.5, date: "2026-11-23" }, false],
    [{ domain: "housing", value: 5, date: "2026-11-23" }, false],
    [{ domain: "legal", value: 5, date: "2026-11-23T10:00:00Z" }, false],
  ])("%j valid: %s", (input, valid) => {
    expect(LadderReadingSchema.safeParse(input).success).toBe(valid);
  });
});
