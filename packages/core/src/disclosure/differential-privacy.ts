import { z } from "zod";
import { exactFraction, type RandomBytes, sampleDiscreteLaplace } from "./exact-sampling.ts";
import type { RandomSource } from "./random-source.ts";

/**
 * Differential privacy for counts and bounded sums sent to funders.
 *
 * - Discrete Laplace mechanism, ε-DP (ADR 013): integer noise Z with P[Z = z] ∝ e^(−|z|/b),
 *   b = sensitivity / ε, sampled EXACTLY with integer arithmetic from random bytes
 *   (exact-sampling.ts); ε is used as the exact fraction its double holds. This is what released
 *   counts get.
 * - Gaussian mechanism, (ε, δ)-DP: noise ~ N(0, σ²) with σ = sensitivity·√(2 ln(1.25/δ)) / ε
 *   (Dwork & Roth 2014, Thm A.1; valid for ε < 1, so larger ε is refused).
 * - Counts have sensitivity 1 (one woman added or removed). Bounded sums clamp every value to
 *   [lower, upper] first; sensitivity = max(|lower|, |upper|).
 * - Post-processing (free under DP): the noisy value is rounded to an integer, and counts (and
 *   sums whose lower bound is ≥ 0) are clamped at 0.
 * Every result states its mechanism and noise scale so a report can show the uncertainty.
 *
 * The Gaussian mechanism still draws in floating point (Box–Muller), so it is not exact and no
 * release uses it. The random bytes must be cryptographic in production.
 */
const EpsilonSchema = z
  .number({ error: "disclosure.error.epsilonInvalid" })
  .positive({ error: "disclosure.error.epsilonInvalid" })
  .max(10, {
    error: "disclosure.error.epsilonTooLarge",
  });
/**
 * The smallest ε a person may ask for (a release, a relationship's ε per period): below it the
 * noise drowns every count, and tiny values underflow (1e-320 makes an infinite noise scale).
 * A release's ε is split over its cells inside, so the mechanism itself takes smaller values.
 */
export const MIN_EPSILON = 0.01;
export const EpsilonInputSchema = EpsilonSchema.min(MIN_EPSILON, { error: "disclosure.error.epsilonInvalid" });
const DeltaSchema = z
  .number({ error: "disclosure.error.deltaInvalid" })
  .gt(0, { error: "disclosure.error.deltaInvalid" })
  .lt(0.01, {
    error: "disclosure.error.deltaInvalid",
  });

export const LaplaceParamsSchema = z.object({
  epsilon: EpsilonSchema,
  /** ε is split evenly over this many statistics (each gets ε/m, computed exactly); 1 by default. */
  statistics: z.number().int().min(1).max(10_000).optional(),
});
export type LaplaceParams = z.infer<typeof LaplaceParamsSchema>;
export const GaussianParamsSchema = z.object({
  epsilon: EpsilonSchema.lt(1, { error: "disclosure.error.gaussianEpsilonTooLarge" }),
  delta: DeltaSchema,
});
export type GaussianParams = z.infer<typeof GaussianParamsSchema>;
export const SumBoundsSchema = z
  .object({ lower: z.number().finite(), upper: z.number().finite() })
  .refine((b) => b.lower <= b.upper, { error: "disclosure.error.boundsInverted" });
export type SumBounds = z.infer<typeof SumBoundsSchema>;

export type NoisyResult = {
  readonly value: number;
  readonly mechanism: "discreteLaplace" | "gaussian";
  /** Discrete Laplace: b (the noise's e-folding scale); Gaussian: σ (standard deviation). */
  readonly noiseScale: number;
  readonly sensitivity: number;
  readonly epsilon: number;
  /** 0 for the Laplace mechanism. */
  readonly delta: number;
};

/** b = sensitivity / ε. */
export function laplaceScale(sensitivity: number, epsilon: number): number {
  return sensitivity / epsilon;
}

/** σ = sensitivity · √(2 ln(1.25/δ)) / ε. */
export function gaussianSigma(sensitivity: number, epsilon: number, delta: number): number {
  return (sensitivity * Math.sqrt(2 * Math.log(1.25 / delta))) / epsilon;
}

/** An Exp(1) draw; 1 − u is in (0, 1], so the logarithm is finite. */
function standardExponential(random: RandomSource): number {
  return -Math.log(1 - random());
}

/**
 * Exact discrete Laplace noise with scale b = sensitivity·m/ε (integer sensitivity ≥ 1, m
 * statistics sharing ε): with ε = p/q exactly, the scale is the fraction (sensitivity·m·q)/p.
 */
export function sampleDiscreteLaplaceNoise(
  sensitivity: number,
  epsilon: number,
  statistics: number,
  random: RandomBytes,
): number {
  if (!Number.isInteger(sensitivity) || sensitivity < 1) throw new RangeError("sensitivity must be an integer ≥ 1");
  const { numerator, denominator } = exactFraction(epsilon);
  return Number(sampleDiscreteLaplace(BigInt(sensitivity) * BigInt(statistics) * denominator, numerator, random));
}

/** N(0, σ²) by the Box–Muller transform. */
export function sampleGaussian(sigma: number, random: RandomSource): number {
  const radius = Math.sqrt(2 * standardExponential(random));
  return sigma * radius * Math.cos(2 * Math.PI * random());
}

function postProcess(noisy: number, clampAtZero: boolean): number {
  const rounded = Math.round(noisy);
  return clampAtZero ? Math.max(0, rounded) : rounded;
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("disclosure.error.countNotNatural");
}

/** ε-DP count (sensitivity 1), or ε/m each when `statistics` is m: exact discrete Laplace noise, clamped at 0. */
export function laplaceCount(trueCount: number, params: LaplaceParams, random: RandomBytes): NoisyResult {
  checkCount(trueCount);
  const { epsilon, statistics = 1 } = LaplaceParamsSchema.parse(params);
  const value = Math.max(0, trueCount + sampleDiscreteLaplaceNoise(1, epsilon, statistics, random));
  return {
    value,
    mechanism: "discreteLaplace",
    noiseScale: laplaceScale(statistics, epsilon),
    sensitivity: 1,
    epsilon: epsilon / statistics,
    delta: 0,
  };
}

/** (ε, δ)-DP count (sensitivity 1). */
export function gaussianCount(trueCount: number, params: GaussianParams, random: RandomSource): NoisyResult {
  checkCount(trueCount);
  const { epsilon, delta } = GaussianParamsSchema.parse(params);
  const noiseScale = gaussianSigma(1, epsilon, delta);
  const value = postProcess(trueCount + sampleGaussian(noiseScale, random), true);
  return { value, mechanism: "gaussian", noiseScale, sensitivity: 1, epsilon, delta };
}

/** Sum of values clamped to [lower, upper], and its sensitivity max(|lower|, |upper|). */
export function clampedSum(
  values: readonly number[],
  bounds: SumBounds,
): { readonly sum: number; readonly sensitivity: number } {
  const { lower, upper } = SumBoundsSchema.parse(bounds);
  const sum = values.reduce((total, x) => total + (Number.isFinite(x) ? Math.min(upper, Math.max(lower, x)) : 0), 0);
  return { sum, sensitivity: Math.max(Math.abs(lower), Math.abs(upper)) };
}

/**
 * ε-DP bounded sum with exact discrete Laplace noise. Each value is clamped and rounded to an
 * integer, so the sensitivity is the integer ⌈max(|lower|, |upper|)⌉ (at least 1). Non-finite
 * values count as 0 (they are bugs upstream, never released).
 */
export function laplaceBoundedSum(
  values: readonly number[],
  params: LaplaceParams & SumBounds,
  random: RandomBytes,
): NoisyResult {
  const { epsilon, statistics = 1 } = LaplaceParamsSchema.parse(params);
  const { lower, upper } = SumBoundsSchema.parse(params);
  const sum = values.reduce(
    (total, x) => total + (Number.isFinite(x) ? Math.round(Math.min(upper, Math.max(lower, x))) : 0),
    0,
  );
  const sensitivity = Math.max(1, Math.ceil(Math.max(Math.abs(lower), Math.abs(upper))));
  const noisy = sum + sampleDiscreteLaplaceNoise(sensitivity, epsilon, statistics, random);
  return {
    value: lower >= 0 ? Math.max(0, noisy) : noisy,
    mechanism: "discreteLaplace",
    noiseScale: laplaceScale(sensitivity * statistics, epsilon),
    sensitivity,
    epsilon: epsilon / statistics,
    delta: 0,
  };
}

/** (ε, δ)-DP bounded sum. */
export function gaussianBoundedSum(
  values: readonly number[],
  params: GaussianParams & SumBounds,
  random: RandomSource,
): NoisyResult {
  const { epsilon, delta } = GaussianParamsSchema.parse(params);
  const { sum, sensitivity } = clampedSum(values, params);
  const noiseScale = gaussianSigma(sensitivity, epsilon, delta);
  const value = postProcess(sum + sampleGaussian(noiseScale, random), params.lower >= 0);
  return { value, mechanism: "gaussian", noiseScale, sensitivity, epsilon, delta };
}
