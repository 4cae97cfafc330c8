import { z } from "zod";

/**
 * Small-cell protection for counts that leave the organisation (domain.md §5.5, §7.2).
 *
 * - Counts in [0, k) are suppressed. Zero is suppressed too: if zeros were released, a
 *   suppressed cell would mean "at least one woman", which tells a trafficker that someone of
 *   that nationality, age band or site exists in the programme. With zeros suppressed, a
 *   suppressed cell only says "fewer than k". The invariant is: every released count is ≥ k.
 * - Released counts are rounded DOWN to a multiple of `resolution` (as the Counter-Trafficking
 *   Data Collaborative and Microsoft's synthetic-data-showcase do), so small differences
 *   between two releases cannot be subtracted to reveal one woman.
 * - `resolution` must divide `k`, otherwise rounding down could release a value in (0, k)
 *   (k = 10, resolution 3: 10 → 9).
 */
export const MIN_K = 5;
export const DEFAULT_K = 10;
export const DEFAULT_RESOLUTION = 5;

export const SmallCellPolicySchema = z
  .object({
    k: z
      .int({ error: "disclosure.error.kNotInteger" })
      .min(MIN_K, { error: "disclosure.error.kTooSmall" })
      .max(1000, { error: "disclosure.error.kTooLarge" })
      .default(DEFAULT_K),
    resolution: z
      .int({ error: "disclosure.error.resolutionNotInteger" })
      .min(1, { error: "disclosure.error.resolutionTooSmall" })
      .max(1000, { error: "disclosure.error.resolutionTooLarge" })
      .default(DEFAULT_RESOLUTION),
  })
  .refine((policy) => policy.k % policy.resolution === 0, {
    error: "disclosure.error.resolutionMustDivideK",
    path: ["resolution"],
  });
export type SmallCellPolicy = z.infer<typeof SmallCellPolicySchema>;
export type SmallCellPolicyInput = z.input<typeof SmallCellPolicySchema>;

export const DEFAULT_SMALL_CELL_POLICY: SmallCellPolicy = { k: DEFAULT_K, resolution: DEFAULT_RESOLUTION };

/** Parses a policy; throws a ZodError whose issue messages are message keys. */
export function createSmallCellPolicy(input: SmallCellPolicyInput = {}): SmallCellPolicy {
  return SmallCellPolicySchema.parse(input);
}

/** A released value, or the suppression marker (shown with the label `disclosure.suppressed`). */
export type ProtectedCount = { readonly kind: "value"; readonly value: number } | { readonly kind: "suppressed" };

export const SUPPRESSED: ProtectedCount = Object.freeze({ kind: "suppressed" });

/** True when the count would be released on its own (primary suppression does not apply). */
export function isReleasable(n: number, policy: SmallCellPolicy): boolean {
  return Number.isFinite(n) && n >= policy.k;
}

/** Rounds a count down to a multiple of the policy's resolution. */
export function roundDown(n: number, policy: SmallCellPolicy): number {
  return Math.floor(n / policy.resolution) * policy.resolution;
}

/**
 * Protects one count. `n` must be a non-negative integer; anything else (a fraction, NaN, a
 * negative number) is a bug upstream and is suppressed rather than released.
 */
export function protectCount(n: number, policy: SmallCellPolicy = DEFAULT_SMALL_CELL_POLICY): ProtectedCount {
  if (!Number.isInteger(n) || n < 0 || !isReleasable(n, policy)) return SUPPRESSED;
  return { kind: "value", value: roundDown(n, policy) };
}
