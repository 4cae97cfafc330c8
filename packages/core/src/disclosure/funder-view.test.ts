import { describe, expect, it } from "vitest";
import { decideFunderView, releaseCost, releaseEpsilon } from "./funder-view.ts";

describe("decideFunderView", () => {
  it.each([
    [true, true, "showStored"],
    [true, false, "showStored"],
    [false, false, "publish"],
    [false, true, "awaitRelease"],
  ] as const)("stored current %s, ε %s → %s", (storedIsCurrent, differentiallyPrivate, expected) => {
    expect(decideFunderView({ storedIsCurrent, differentiallyPrivate })).toBe(expected);
  });
});

describe("releaseEpsilon and releaseCost", () => {
  it("spends a quarter of the period's budget unless the funder chooses, never above 10", () => {
    expect(releaseEpsilon(1)).toBe(0.25);
    expect(releaseEpsilon(1, 0.5)).toBe(0.5);
    expect(releaseEpsilon(100)).toBe(10);
  });

  it("says what is left and whether the ledger would accept the spend", () => {
    expect(releaseCost({ epsilonPerPeriod: 1, spentEpsilon: 0.5 })).toEqual({
      epsilon: 0.25,
      total: 1,
      remaining: 0.5,
      affordable: true,
    });
    expect(releaseCost({ epsilonPerPeriod: 1, spentEpsilon: 0.9 })).toMatchObject({
      remaining: 0.1,
      affordable: false,
    });
    expect(releaseCost({ epsilonPerPeriod: 1, spentEpsilon: 1.2 })).toMatchObject({ remaining: 0, affordable: false });
  });
});
