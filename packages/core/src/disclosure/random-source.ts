/**
 * Core has no randomness of its own. Functions that need noise take a `RandomSource`: a
 * function returning numbers uniformly distributed in [0, 1). The API injects one backed by
 * `crypto.getRandomValues`; tests use `createSeededRandom` so results are reproducible.
 */
export type RandomSource = () => number;

/**
 * mulberry32: a small, fast, deterministic 32-bit PRNG. FOR TESTS AND SIMULATIONS ONLY: it is
 * predictable, so noise drawn from it protects nobody. Never use it for released outputs.
 */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Seeded bytes for the exact samplers (exact-sampling.ts), from mulberry32. FOR TESTS ONLY:
 * predictable, so noise drawn from it protects nobody.
 */
export function createSeededBytes(seed: number): (length: number) => Uint8Array {
  const next = createSeededRandom(seed);
  return (length) => Uint8Array.from({ length }, () => Math.floor(next() * 256));
}
