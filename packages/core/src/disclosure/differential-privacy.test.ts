import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clampedSum,
  gaussianBoundedSum,
  gaussianCount,
  gaussianSigma,
  laplaceBoundedSum,
  laplaceCount,
  laplaceScale,
  sampleGaussian,
  sampleLaplace,
} from "./differential-privacy.ts";
import { createSeededRandom } from "./random-source.ts";

const N = 20_000;

describe("noise scales", () => {
  it("computes b and σ", () => {
    expect(laplaceScale(1, 0.5)).toBe(2);
    expect(laplaceScale(30, 1)).toBe(30);
    expect(gaussianSigma(1, 0.5, 1e-5)).toBeCloseTo(Math.sqrt(2 * Math.log(1.25e5)) / 0.5, 10);
  });
});

describe("sampled noise (property: empirical moments match the scale)", () => {
  it("Laplace noise has mean ≈ 0 and mean absolute deviation ≈ b", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.double({ min: 0.2, max: 20, noNaN: true }), (seed, b) => {
        const random = createSeededRandom(seed);
        const draws = Array.from({ length: N }, () => sampleLaplace(b, random));
        const mean = draws.reduce((a, x) => a + x, 0) / N;
        const mad = draws.reduce((a, x) => a + Math.abs(x), 0) / N;
        // sd of the mean is b·√2/√N ≈ 0.01·b; of the MAD b/√N ≈ 0.007·b
        expect(Math.abs(mean)).toBeLessThan(0.06 * b);
        expect(Math.abs(mad - b)).toBeLessThan(0.05 * b);
      }),
      { numRuns: 10 },
    );
  });

  it("Gaussian noise has mean ≈ 0 and standard deviation ≈ σ", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.double({ min: 0.2, max: 20, noNaN: true }),
        (seed, sigma) => {
          const random = createSeededRandom(seed);
          const draws = Array.from({ length: N }, () => sampleGaussian(sigma, random));
          const mean = draws.reduce((a, x) => a + x, 0) / N;
          const sd = Math.sqrt(draws.reduce((a, x) => a + (x - mean) ** 2, 0) / (N - 1));
          expect(Math.abs(mean)).toBeLessThan(0.05 * sigma);
          expect(Math.abs(sd - sigma)).toBeLessThan(0.05 * sigma);
        },
      ),
      { numRuns: 10 },
    );
  });
});

describe("mechanisms", () => {
  it("reports the mechanism and scale, and rounds and clamps counts", () => {
    const random = createSeededRandom(7);
    for (let i = 0; i < 200; i++) {
      const result = laplaceCount(0, { epsilon: 0.5 }, random);
      expect(result).toMatchObject({ mechanism: "laplace", noiseScale: 2, sensitivity: 1, epsilon: 0.5, delta: 0 });
      expect(Number.isInteger(result.value)).toBe(true);
      expect(result.value).toBeGreaterThanOrEqual(0);
    }
    const g = gaussianCount(40, { epsilon: 0.5, delta: 1e-6 }, random);
    expect(g.mechanism).toBe("gaussian");
    expect(g.noiseScale).toBeCloseTo(gaussianSigma(1, 0.5, 1e-6), 12);
  });

  it("is reproducible with the same seed", () => {
    expect(laplaceCount(30, { epsilon: 1 }, createSeededRandom(42))).toEqual(
      laplaceCount(30, { epsilon: 1 }, createSeededRandom(42)),
    );
  });

  it("clamps bounded sums and uses max(|lower|, |upper|) as sensitivity", () => {
    expect(clampedSum([5, 400, -3, Number.NaN], { lower: 0, upper: 365 })).toEqual({ sum: 370, sensitivity: 365 });
    expect(clampedSum([-10, 10], { lower: -4, upper: 2 })).toEqual({ sum: -2, sensitivity: 4 });
    const result = laplaceBoundedSum([10, 20], { epsilon: 1, lower: 0, upper: 50 }, createSeededRandom(1));
    expect(result.noiseScale).toBe(50);
    expect(result.value).toBeGreaterThanOrEqual(0);
    const g = gaussianBoundedSum([10, 20], { epsilon: 0.5, delta: 1e-6, lower: 0, upper: 50 }, createSeededRandom(1));
    expect(g.sensitivity).toBe(50);
  });

  it("refuses invalid parameters with message keys", () => {
    const random = createSeededRandom(1);
    expect(() => laplaceCount(3, { epsilon: 0 }, random)).toThrow("disclosure.error.epsilonInvalid");
    expect(() => laplaceCount(-1, { epsilon: 1 }, random)).toThrow("disclosure.error.countNotNatural");
    expect(() => gaussianCount(3, { epsilon: 1, delta: 1e-6 }, random)).toThrow(
      "disclosure.error.gaussianEpsilonTooLarge",
    );
    expect(() => gaussianCount(3, { epsilon: 0.5, delta: 0.5 }, random)).toThrow("disclosure.error.deltaInvalid");
    expect(() => clampedSum([1], { lower: 5, upper: 1 })).toThrow("disclosure.error.boundsInverted");
  });
});
