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
  sampleDiscreteLaplaceNoise,
  sampleGaussian,
} from "./differential-privacy.ts";
import { createSeededBytes, createSeededRandom } from "./random-source.ts";

const N = 20_000;

describe("noise scales", () => {
  it("computes b and σ", () => {
    expect(laplaceScale(1, 0.5)).toBe(2);
    expect(laplaceScale(30, 1)).toBe(30);
    expect(gaussianSigma(1, 0.5, 1e-5)).toBeCloseTo(Math.sqrt(2 * Math.log(1.25e5)) / 0.5, 10);
  });
});

describe("sampled noise (property: empirical moments match the scale)", () => {
  it("discrete Laplace noise is integer, has mean ≈ 0 and mean absolute deviation as its PMF says", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        (seed, epsilon, statistics) => {
          const random = createSeededBytes(seed);
          const draws = Array.from({ length: N / 4 }, () => sampleDiscreteLaplaceNoise(1, epsilon, statistics, random));
          expect(draws.every(Number.isInteger)).toBe(true);
          const b = statistics / epsilon;
          // E|Z| for the discrete Laplace with r = e^(−1/b): 2r / (1 − r²).
          const r = Math.exp(-1 / b);
          const expectedMad = (2 * r) / (1 - r * r);
          const n = draws.length;
          const mean = draws.reduce((a, x) => a + x, 0) / n;
          const mad = draws.reduce((a, x) => a + Math.abs(x), 0) / n;
          expect(Math.abs(mean)).toBeLessThan(0.15 * b + 0.05);
          expect(Math.abs(mad - expectedMad)).toBeLessThan(0.1 * expectedMad + 0.05);
        },
      ),
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
    const bytes = createSeededBytes(7);
    for (let i = 0; i < 200; i++) {
      const result = laplaceCount(0, { epsilon: 0.5 }, bytes);
      expect(result).toMatchObject({
        mechanism: "discreteLaplace",
        noiseScale: 2,
        sensitivity: 1,
        epsilon: 0.5,
        delta: 0,
      });
      expect(Number.isInteger(result.value)).toBe(true);
      expect(result.value).toBeGreaterThanOrEqual(0);
    }
    // ε split over m statistics: each gets ε/m, the scale is m/ε.
    expect(laplaceCount(10, { epsilon: 1, statistics: 40 }, bytes)).toMatchObject({ noiseScale: 40, epsilon: 0.025 });
    const random = createSeededRandom(7);
    const g = gaussianCount(40, { epsilon: 0.5, delta: 1e-6 }, random);
    expect(g.mechanism).toBe("gaussian");
    expect(g.noiseScale).toBeCloseTo(gaussianSigma(1, 0.5, 1e-6), 12);
  });

  it("is reproducible with the same seed", () => {
    expect(laplaceCount(30, { epsilon: 1 }, createSeededBytes(42))).toEqual(
      laplaceCount(30, { epsilon: 1 }, createSeededBytes(42)),
    );
  });

  it("clamps bounded sums and uses max(|lower|, |upper|) as sensitivity", () => {
    expect(clampedSum([5, 400, -3, Number.NaN], { lower: 0, upper: 365 })).toEqual({ sum: 370, sensitivity: 365 });
    expect(clampedSum([-10, 10], { lower: -4, upper: 2 })).toEqual({ sum: -2, sensitivity: 4 });
    const result = laplaceBoundedSum([10, 20], { epsilon: 1, lower: 0, upper: 50 }, createSeededBytes(1));
    expect(result.noiseScale).toBe(50);
    expect(result.value).toBeGreaterThanOrEqual(0);
    expect(Number.isInteger(result.value)).toBe(true);
    // A fractional bound rounds the sensitivity up, so the noise still covers one woman.
    expect(laplaceBoundedSum([1.4], { epsilon: 1, lower: 0, upper: 2.5 }, createSeededBytes(1)).sensitivity).toBe(3);
    const g = gaussianBoundedSum([10, 20], { epsilon: 0.5, delta: 1e-6, lower: 0, upper: 50 }, createSeededRandom(1));
    expect(g.sensitivity).toBe(50);
  });

  it("refuses invalid parameters with message keys", () => {
    const random = createSeededRandom(1);
    const bytes = createSeededBytes(1);
    expect(() => laplaceCount(3, { epsilon: 0 }, bytes)).toThrow("disclosure.error.epsilonInvalid");
    expect(() => laplaceCount(-1, { epsilon: 1 }, bytes)).toThrow("disclosure.error.countNotNatural");
    expect(() => gaussianCount(3, { epsilon: 1, delta: 1e-6 }, random)).toThrow(
      "disclosure.error.gaussianEpsilonTooLarge",
    );
    expect(() => gaussianCount(3, { epsilon: 0.5, delta: 0.5 }, random)).toThrow("disclosure.error.deltaInvalid");
    expect(() => clampedSum([1], { lower: 5, upper: 1 })).toThrow("disclosure.error.boundsInverted");
  });
});
