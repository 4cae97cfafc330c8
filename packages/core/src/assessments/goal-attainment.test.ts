import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translate } from "../i18n/catalogue.ts";
import { LOCALES } from "../i18n/locales.ts";
import { GAS_LEVELS, type GasGoal, GasGoalSchema, type GasLevel, gasLevelKey, gasTScore } from "./goal-attainment.ts";

const goal = (level: GasLevel, weight = 1): GasGoal => ({ level, weight });

describe("gasTScore", () => {
  it.each([
    ["all goals at the expected level", [goal(0), goal(0), goal(0)], 0.3, 50],
    // 50 + 10·3 / √(0.7·3 + 0.3·9) = 50 + 30/√4.8
    ["three equal goals all +1", [goal(1), goal(1), goal(1)], 0.3, 63.69306393762915],
    ["one goal +2", [goal(2)], 0.3, 70],
    ["one goal −2", [goal(-2)], 0.3, 30],
    // 50 + 10·(2−1) / √(0.7·5 + 0.3·9) = 50 + 10/√6.2
    ["weights 2 and 1, levels +1 and −1", [goal(1, 2), goal(-1, 1)], 0.3, 54.016096644512494],
    // ρ = 0: 50 + 10·2 / √2
    ["two goals +1 with ρ = 0", [goal(1), goal(1)], 0, 64.14213562373095],
  ] as const)("%s", (_name, goals, rho, expected) => {
    expect(gasTScore(goals, rho)).toBeCloseTo(expected, 10);
  });

  it("uses ρ = 0.3 by default", () => {
    expect(gasTScore([goal(1), goal(1), goal(1)])).toBeCloseTo(63.69306393762915, 10);
  });

  it("is null without goals", () => {
    expect(gasTScore([])).toBeNull();
  });

  it.each([
    [[goal(1, 0)], 0.3],
    [[goal(1, -1)], 0.3],
    [[goal(1)], 1],
    [[goal(1)], -0.1],
    [[goal(1)], Number.NaN],
  ])("rejects invalid input %#", (goals, rho) => {
    expect(() => gasTScore(goals, rho)).toThrow(RangeError);
  });

  const levelArb = fc.constantFrom(...GAS_LEVELS);
  const weightArb = fc.double({ min: 0.1, max: 10, noNaN: true });
  const goalArb = fc.record({ level: levelArb, weight: weightArb });

  it("is 50 whenever Σwx = 0 (each goal paired with its mirror)", () => {
    fc.assert(
      fc.property(fc.array(goalArb, { minLength: 1, maxLength: 8 }), (goals) => {
        const mirrored = goals.flatMap((g) => [g, { level: -g.level as GasLevel, weight: g.weight }]);
        expect(gasTScore(mirrored)).toBe(50);
      }),
    );
  });

  it("is monotone: raising one goal's level raises the score", () => {
    fc.assert(
      fc.property(fc.array(goalArb, { minLength: 1, maxLength: 8 }), fc.nat(), (goals, pick) => {
        const index = pick % goals.length;
        const chosen = goals[index];
        if (!chosen || chosen.level === 2) return;
        const raised = goals.map((g, i) => (i === index ? { ...g, level: (g.level + 1) as GasLevel } : g));
        expect(gasTScore(raised) ?? 0).toBeGreaterThan(gasTScore(goals) ?? 0);
      }),
    );
  });

  it("scores a single goal 50 + 10·level, whatever its weight", () => {
    fc.assert(
      fc.property(levelArb, weightArb, (level, weight) => {
        expect(gasTScore([goal(level, weight)])).toBeCloseTo(50 + 10 * level, 10);
      }),
    );
  });
});

describe("GasGoalSchema", () => {
  it.each([
    [{ level: 1, weight: 2 }, true],
    [{ level: -2 }, true],
    [{ level: 3, weight: 1 }, false],
    [{ level: 0.5, weight: 1 }, false],
    [{ level: 0, weight: 0 }, false],
  ])("%j valid: %s", (input, valid) => {
    expect(GasGoalSchema.safeParse(input).success).toBe(valid);
  });

  it("defaults the weight to 1", () => {
    expect(GasGoalSchema.parse({ level: 1 })).toEqual({ level: 1, weight: 1 });
  });

  it.each(LOCALES)("levels are translated in %s", (locale) => {
    for (const level of GAS_LEVELS) expect(translate(locale, gasLevelKey(level))).not.toBe(gasLevelKey(level));
  });
});
