import { z } from "zod";
import type { MessageKey } from "../i18n/catalogue.ts";

/**
 * Goal Attainment Scaling (Kiresuk & Sherman 1968), a standard way to compare progress on
 * individual goals (domain.md §5.3 X4 counts goals achieved; GAS adds how far). Each goal is
 * scored from −2 (much less than expected) to +2 (much more than expected); 0 is the outcome
 * agreed with her when the goal was set.
 *
 *   T = 50 + 10 · Σ(wᵢ·xᵢ) / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²)
 *
 * with ρ the assumed correlation between goal scores, 0.3 by convention. T = 50 means goals
 * were met as expected on average; each 10 points is one standard deviation.
 */
export const GAS_LEVELS = [-2, -1, 0, 1, 2] as const;
export type GasLevel = (typeof GAS_LEVELS)[number];

export const DEFAULT_GAS_RHO = 0.3;

export const GasLevelSchema = z.union([z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]);

export const GasGoalSchema = z.object({
  level: GasLevelSchema,
  /** Importance of the goal (positive); 1 when all goals count the same. */
  weight: z.number().positive().max(100).default(1),
});
export type GasGoal = z.output<typeof GasGoalSchema>;

const LEVEL_KEYS = {
  "-2": "gas.level.minus2",
  "-1": "gas.level.minus1",
  "0": "gas.level.0",
  "1": "gas.level.plus1",
  "2": "gas.level.plus2",
} as const satisfies Record<`${GasLevel}`, MessageKey>;

export function gasLevelKey(level: GasLevel): MessageKey {
  return LEVEL_KEYS[`${level}`];
}

/**
 * The Kiresuk–Sherman T-score of a set of goals, or null when there are none.
 * Throws RangeError for a non-positive weight or ρ outside [0, 1).
 */
export function gasTScore(goals: readonly GasGoal[], rho: number = DEFAULT_GAS_RHO): number | null {
  if (!(rho >= 0 && rho < 1)) throw new RangeError(`rho must be in [0, 1), got ${rho}`);
  if (goals.length === 0) return null;
  let weighted = 0;
  let sumWeights = 0;
  let sumSquares = 0;
  for (const { level, weight } of goals) {
    if (!(weight > 0 && Number.isFinite(weight))) throw new RangeError(`weight must be positive, got ${weight}`);
    weighted += weight * level;
    sumWeights += weight;
    sumSquares += weight * weight;
  }
  if (weighted === 0) return 50;
  return 50 + (10 * weighted) / Math.sqrt((1 - rho) * sumSquares + rho * sumWeights * sumWeights);
}
