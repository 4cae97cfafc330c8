import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSmallCellPolicy, DEFAULT_SMALL_CELL_POLICY, protectCount } from "./small-cell.ts";

function issues(input: unknown): string[] {
  try {
    createSmallCellPolicy(input as never);
    return [];
  } catch (error) {
    return (error as { issues: { message: string }[] }).issues.map((issue) => issue.message);
  }
}

describe("small-cell policy", () => {
  it("defaults to k = 10 and resolution 5", () => {
    expect(createSmallCellPolicy()).toEqual({ k: 10, resolution: 5 });
    expect(DEFAULT_SMALL_CELL_POLICY).toEqual({ k: 10, resolution: 5 });
  });

  it("refuses k below 5 with a message key", () => {
    expect(issues({ k: 4 })).toContain("disclosure.error.kTooSmall");
    expect(issues({ k: 2.5 })).toContain("disclosure.error.kNotInteger");
  });

  it("refuses a resolution that does not divide k", () => {
    expect(issues({ k: 10, resolution: 3 })).toEqual(["disclosure.error.resolutionMustDivideK"]);
    expect(issues({ k: 5, resolution: 10 })).toEqual(["disclosure.error.resolutionMustDivideK"]);
    expect(createSmallCellPolicy({ k: 6, resolution: 3 })).toEqual({ k: 6, resolution: 3 });
  });
});

describe("protectCount", () => {
  it.each([
    [0, undefined],
    [1, undefined],
    [9, undefined],
    [10, 10],
    [14, 10],
    [15, 15],
    [123, 120],
  ])("%i → %s", (n, expected) => {
    const result = protectCount(n);
    expect(result.kind === "value" ? result.value : undefined).toBe(expected);
  });

  it("suppresses values that are not natural numbers", () => {
    for (const n of [-1, 12.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(protectCount(n)).toEqual({ kind: "suppressed" });
  });

  it("never releases a value in (0, k) and releases multiples of the resolution ≤ n", () => {
    const policies = fc
      .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }))
      .filter(([r, m]) => r * m >= 5)
      .map(([r, m]) => createSmallCellPolicy({ k: r * m, resolution: r }));
    fc.assert(
      fc.property(policies, fc.nat({ max: 10_000 }), (policy, n) => {
        const result = protectCount(n, policy);
        if (result.kind === "suppressed") return n < policy.k;
        return (
          result.value >= policy.k &&
          result.value <= n &&
          result.value % policy.resolution === 0 &&
          n - result.value < policy.resolution
        );
      }),
    );
  });
});
