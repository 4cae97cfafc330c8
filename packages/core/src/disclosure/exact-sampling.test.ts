import { describe, expect, it } from "vitest";
import {
  bernoulliExpNeg,
  bernoulliRational,
  exactFraction,
  sampleDiscreteLaplace,
  uniformBelow,
} from "./exact-sampling.ts";
import { createSeededBytes } from "./random-source.ts";

// Distribution tests with fixed seeds: each compares an empirical histogram with the exact
// probabilities by Pearson's chi-square at significance 0.001, and each is shown able to fail
// by running the same check against a distribution that is off.

/** Chi-square critical value at p = 0.001 (Wilson–Hilferty). */
function critical(df: number): number {
  const z = 3.0902;
  return df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3;
}

/** Pearson's statistic of counts against probabilities (which sum to 1 over the bins). */
function chiSquare(counts: readonly number[], probabilities: readonly number[], n: number): number {
  return counts.reduce((sum, observed, i) => {
    const expected = n * (probabilities[i] ?? 0);
    return sum + (observed - expected) ** 2 / expected;
  }, 0);
}

/** Exact PMF of the discrete Laplace with scale t/s, binned as −K…K plus the two tails. */
function discreteLaplaceBins(t: number, s: number, K: number): number[] {
  const r = Math.exp(-s / t);
  const pmf = (z: number) => ((1 - r) / (1 + r)) * r ** Math.abs(z);
  const inner = Array.from({ length: 2 * K + 1 }, (_, i) => pmf(i - K));
  const tail = (1 - inner.reduce((a, p) => a + p, 0)) / 2;
  return [tail, ...inner, tail];
}

function histogram(draws: readonly number[], K: number): number[] {
  const counts = new Array<number>(2 * K + 3).fill(0);
  for (const z of draws) {
    const bin = z < -K ? 0 : z > K ? 2 * K + 2 : z + K + 1;
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts;
}

describe("uniform integers from bytes", () => {
  it("are uniform on {0, …, n − 1}, and stay inside it", () => {
    const random = createSeededBytes(3);
    const n = 7;
    const N = 35_000;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < N; i++) {
      const v = Number(uniformBelow(BigInt(n), random));
      expect(v >= 0 && v < n).toBe(true);
      counts[v] = (counts[v] ?? 0) + 1;
    }
    expect(chiSquare(counts, new Array(n).fill(1 / n), N)).toBeLessThan(critical(n - 1));
    // The check can fail: the same counts are far from a skewed distribution.
    const skewed = [0.2, ...new Array(n - 1).fill(0.8 / (n - 1))];
    expect(chiSquare(counts, skewed, N)).toBeGreaterThan(critical(n - 1));
  });

  it("handles bounds beyond 53 bits exactly", () => {
    const random = createSeededBytes(5);
    const n = 2n ** 80n + 3n;
    for (let i = 0; i < 200; i++) {
      const v = uniformBelow(n, random);
      expect(v >= 0n && v < n).toBe(true);
    }
    expect(uniformBelow(1n, random)).toBe(0n);
    expect(() => uniformBelow(0n, random)).toThrow(RangeError);
  });
});

describe("Bernoulli trials", () => {
  it("Bernoulli(p/q) and Bernoulli(exp(−x/y)) have the exact success rates, γ below and above 1", () => {
    const random = createSeededBytes(11);
    const N = 20_000;
    const rate = (trial: () => boolean) => {
      let successes = 0;
      for (let i = 0; i < N; i++) if (trial()) successes++;
      return successes;
    };
    const cases: Array<[() => boolean, number]> = [
      [() => bernoulliRational(1n, 3n, random), 1 / 3],
      [() => bernoulliExpNeg(0n, 1n, random), 1],
      [() => bernoulliExpNeg(1n, 4n, random), Math.exp(-0.25)],
      [() => bernoulliExpNeg(1n, 1n, random), Math.exp(-1)],
      [() => bernoulliExpNeg(7n, 3n, random), Math.exp(-7 / 3)],
    ];
    for (const [trial, p] of cases) {
      const successes = rate(trial);
      if (p === 1) {
        expect(successes).toBe(N);
        continue;
      }
      expect(chiSquare([successes, N - successes], [p, 1 - p], N)).toBeLessThan(critical(1));
      // …and would be told apart from a rate 0.02 off.
      expect(chiSquare([successes, N - successes], [p + 0.02, 1 - p - 0.02], N)).toBeGreaterThan(critical(1));
    }
  });

  it("refuses probabilities outside [0, 1]", () => {
    const random = createSeededBytes(1);
    expect(() => bernoulliRational(3n, 2n, random)).toThrow(RangeError);
    expect(() => bernoulliExpNeg(-1n, 2n, random)).toThrow(RangeError);
  });
});

describe("the discrete Laplace sampler", () => {
  for (const [t, s, K] of [
    [1, 1, 6],
    [3, 1, 12],
    [5, 2, 10],
    [160, 1, 60],
  ] as const) {
    it(`matches the exact PMF for scale ${t}/${s} (chi-square), and is symmetric`, () => {
      const random = createSeededBytes(t * 100 + s);
      const N = 30_000;
      const draws = Array.from({ length: N }, () => Number(sampleDiscreteLaplace(BigInt(t), BigInt(s), random)));
      expect(draws.every(Number.isInteger)).toBe(true);
      const counts = histogram(draws, K);
      const df = counts.length - 1;
      expect(chiSquare(counts, discreteLaplaceBins(t, s, K), N)).toBeLessThan(critical(df));
      // The same check rejects a scale 15 % off, so it can fail.
      expect(chiSquare(counts, discreteLaplaceBins(t * 1.15, s, K), N)).toBeGreaterThan(critical(df));
      const mean = draws.reduce((a, z) => a + z, 0) / N;
      expect(Math.abs(mean)).toBeLessThan((4 * Math.sqrt(2) * (t / s + 1)) / Math.sqrt(N));
    });
  }

  it("draws far beyond the old ±22 b cap are possible: the tail is geometric, not cut", () => {
    // P[|Z| ≥ 25] at scale 1 is about e^−25: never seen in a test, but the sampler has no bound;
    // at scale 1/1 the largest of 30 000 draws lies where the PMF says (about ln(30 000) ≈ 10).
    const random = createSeededBytes(99);
    const draws = Array.from({ length: 30_000 }, () => Math.abs(Number(sampleDiscreteLaplace(1n, 1n, random))));
    const largest = Math.max(...draws);
    expect(largest).toBeGreaterThanOrEqual(7);
    expect(largest).toBeLessThanOrEqual(16);
  });

  it("refuses a non-positive scale", () => {
    expect(() => sampleDiscreteLaplace(0n, 1n, createSeededBytes(1))).toThrow(RangeError);
  });
});

describe("exact fractions of doubles", () => {
  it("hold the double's value exactly", () => {
    expect(exactFraction(0.25)).toEqual({ numerator: 1n, denominator: 4n });
    expect(exactFraction(3)).toEqual({ numerator: 3n, denominator: 1n });
    const { numerator, denominator } = exactFraction(0.1);
    expect(denominator).toBe(2n ** 55n);
    expect(Number(numerator) / Number(denominator)).toBe(0.1);
    expect(() => exactFraction(Number.NaN)).toThrow(RangeError);
  });
});
