import { describe, expect, it } from "vitest";
import { isMessageKey } from "../i18n/catalogue.ts";
import { PRINCIPLE_IDS } from "../principles/principle-ids.ts";
import { INDICATORS, isIndicatorRecorded, NOT_RECORDED_INDICATORS } from "./indicator-definitions.ts";

describe("indicator definitions", () => {
  it("use message keys that exist in the catalogue", () => {
    for (const d of INDICATORS) {
      expect(isMessageKey(d.titleKey), d.titleKey).toBe(true);
      expect(isMessageKey(d.numeratorKey), d.numeratorKey).toBe(true);
      expect(isMessageKey(d.denominatorKey), d.denominatorKey).toBe(true);
    }
    for (const key of [
      "indicators.error.tooManyDimensions",
      "indicators.error.duplicateDimension",
      "disclosure.budget.epsilonExhausted",
      "disclosure.suppressed",
    ]) {
      expect(isMessageKey(key), key).toBe(true);
    }
  });

  it("cover every principle that has case-level data, plus the cross-cutting ones", () => {
    const covered = new Set(INDICATORS.map((d) => d.principle));
    for (const p of PRINCIPLE_IDS) expect(covered.has(p), p).toBe(true);
    expect(INDICATORS.filter((d) => d.principle === "cross-cutting").map((d) => d.id)).toEqual([
      "ind-x1",
      "ind-x2",
      "ind-x3",
      "ind-x4",
      "ind-gas",
      "ind-distance",
    ]);
    expect(new Set(INDICATORS.map((d) => d.id)).size).toBe(INDICATORS.length);
  });
});

describe("indicators not recorded (issue 21 item 1)", () => {
  it("X1–X3 are marked not recorded, every other indicator recorded", () => {
    expect(NOT_RECORDED_INDICATORS).toEqual(["ind-x1", "ind-x2", "ind-x3"]);
    for (const def of INDICATORS) expect(def.recorded, def.id).toBe(!NOT_RECORDED_INDICATORS.includes(def.id));
    expect(isMessageKey("indicators.notRecorded")).toBe(true);
  });

  it("X3 is recorded once a review in the records asked about secondary victimisation, X1 and X2 never", () => {
    const x3 = INDICATORS.find((d) => d.id === "ind-x3");
    const x1 = INDICATORS.find((d) => d.id === "ind-x1");
    if (!x3 || !x1) throw new Error("X1 and X3 are defined");
    expect(isIndicatorRecorded(x3, [])).toBe(false);
    expect(isIndicatorRecorded(x3, [{}, { secondaryVictimisationAsked: false }])).toBe(false);
    expect(isIndicatorRecorded(x3, [{}, { secondaryVictimisationAsked: true }])).toBe(true);
    expect(isIndicatorRecorded(x1, [{ secondaryVictimisationAsked: true }])).toBe(false);
    for (const def of INDICATORS.filter((d) => d.recorded)) expect(isIndicatorRecorded(def, [])).toBe(true);
  });
});
