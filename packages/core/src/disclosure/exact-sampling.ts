/**
 * Exact sampling with integer arithmetic (issue 15, ADR 013): no floating point touches a
 * probability, so the sampled distribution is exactly the one the privacy proof assumes
 * (the floating-point Laplace mechanism is not, Mironov 2012). After Canonne, Kamath and
 * Steinke, "The Discrete Gaussian for Differential Privacy" (NeurIPS 2020), Algorithms 1 and 2,
 * as OpenDP samples them; written here from the paper.
 *
 * Core has no randomness of its own: the caller passes `RandomBytes`, uniformly random bytes
 * (the API: node:crypto's CSPRNG; tests: a seeded generator).
 */
export type RandomBytes = (length: number) => Uint8Array;

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

/** Uniform on {0, …, n − 1} by rejection: draw ⌈log2 n⌉ bits until they fall below n (on average < 2 draws). */
export function uniformBelow(n: bigint, random: RandomBytes): bigint {
  if (n < 1n) throw new RangeError("uniformBelow needs n ≥ 1");
  if (n === 1n) return 0n;
  const bits = bitLength(n - 1n);
  const length = Math.ceil(bits / 8);
  const mask = (1n << BigInt(bits)) - 1n;
  for (;;) {
    const bytes = random(length);
    if (bytes.length !== length) throw new RangeError("random source returned the wrong number of bytes");
    let value = 0n;
    for (const byte of bytes) value = (value << 8n) | BigInt(byte);
    value &= mask;
    if (value < n) return value;
  }
}

/** Bernoulli(numerator / denominator), exactly, for 0 ≤ numerator ≤ denominator. */
export function bernoulliRational(numerator: bigint, denominator: bigint, random: RandomBytes): boolean {
  if (denominator < 1n || numerator < 0n || numerator > denominator) throw new RangeError("probability outside [0, 1]");
  return uniformBelow(denominator, random) < numerator;
}

/** Bernoulli(exp(−x/y)) for 0 ≤ x ≤ y (CKS Algorithm 1): K ← first k with Bernoulli(γ/k) = 0; true iff K is odd. */
function bernoulliExpNegUnit(x: bigint, y: bigint, random: RandomBytes): boolean {
  let k = 1n;
  while (bernoulliRational(x, y * k, random)) k += 1n;
  return k % 2n === 1n;
}

/** Bernoulli(exp(−x/y)) for any x ≥ 0, y ≥ 1: exp(−1) once per whole unit of x/y, then the fraction. */
export function bernoulliExpNeg(x: bigint, y: bigint, random: RandomBytes): boolean {
  if (y < 1n || x < 0n) throw new RangeError("exp(−x/y) needs x ≥ 0 and y ≥ 1");
  let rest = x;
  while (rest > y) {
    if (!bernoulliExpNegUnit(1n, 1n, random)) return false;
    rest -= y;
  }
  return bernoulliExpNegUnit(rest, y, random);
}

/**
 * The discrete Laplace distribution with scale t/s on the integers (CKS Algorithm 2):
 * P[Z = z] = (1 − e^(−s/t)) / (1 + e^(−s/t)) · e^(−|z|·s/t). A geometric X with parameter
 * 1 − e^(−1/t) is built from a uniform remainder U (kept with probability e^(−U/t)) plus t times a
 * count of Bernoulli(e^(−1)) successes; Y = ⌊X/s⌋ is geometric with parameter 1 − e^(−s/t); a fair
 * sign, rejecting "−0" so zero is not counted twice.
 */
export function sampleDiscreteLaplace(t: bigint, s: bigint, random: RandomBytes): bigint {
  if (t < 1n || s < 1n) throw new RangeError("discrete Laplace needs integer t, s ≥ 1");
  for (;;) {
    const u = uniformBelow(t, random);
    if (!bernoulliExpNeg(u, t, random)) continue;
    let v = 0n;
    while (bernoulliExpNeg(1n, 1n, random)) v += 1n;
    const y = (u + t * v) / s;
    const negative = bernoulliRational(1n, 2n, random);
    if (negative && y === 0n) continue;
    return negative ? -y : y;
  }
}

/** A finite double as an exact fraction numerator / 2^k (doubling a double is exact). */
export function exactFraction(x: number): { numerator: bigint; denominator: bigint } {
  if (!Number.isFinite(x)) throw new RangeError("not a finite number");
  let value = x;
  let denominator = 1n;
  while (!Number.isInteger(value)) {
    value *= 2;
    denominator *= 2n;
  }
  return { numerator: BigInt(value), denominator };
}
