/**
 * Order statistics used by the indicators. The SQL version must give the same numbers, so the
 * method is fixed: NEAREST RANK, the same as PostgreSQL `percentile_disc(p)`. For n sorted
 * values x₁ ≤ … ≤ xₙ the p-th percentile is x_r with r = max(1, ⌈p·n / 100⌉). The median is
 * `percentile_disc(0.5)`: the LOWER middle value when n is even (never an average).
 * `percent` is an integer 0–100 so that ⌈p·n/100⌉ is computed exactly (0.9·30 in floating
 * point is 27.000000000000004).
 */
export function nearestRank(values: readonly number[], percent: number): number | null {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError("indicators.error.percentile");
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percent * sorted.length) / 100));
  return sorted[rank - 1] ?? null;
}

export function median(values: readonly number[]): number | null {
  return nearestRank(values, 50);
}

/** Percentage rounded to one decimal; null for an empty denominator. */
export function percentOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10;
}

/**
 * Whole calendar months from `from` to `to` (ISO dates), like PostgreSQL
 * `extract(year from age(to, from)) * 12 + extract(month from age(to, from))`:
 * 2026-01-31 → 2026-02-28 is 0 months, → 2026-03-01 is 1 month.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split("-").map(Number);
  const [y2, m2, d2] = to.split("-").map(Number);
  const months = ((y2 ?? 0) - (y1 ?? 0)) * 12 + ((m2 ?? 0) - (m1 ?? 0));
  return (d2 ?? 0) < (d1 ?? 0) ? months - 1 : months;
}
