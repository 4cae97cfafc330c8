import { describe, expect, it } from "vitest";
import { openGapsRefusal, unmetPrinciples } from "./approval.ts";

describe("open gaps at approval", () => {
  it("lists each principle with a gap once, in principle order; warnings and met findings do not count", () => {
    expect(
      unmetPrinciples([
        { principle: "principle-08", severity: "gap" },
        { principle: "principle-04", severity: "warning" },
        { principle: "principle-02", severity: "gap" },
        { principle: "principle-08", severity: "gap" },
        { principle: "principle-05", severity: "met" },
      ]),
    ).toEqual(["principle-02", "principle-08"]);
    expect(unmetPrinciples([{ principle: "principle-01", severity: "info" }])).toEqual([]);
  });

  it("asks for confirmation only when a principle is unmet and the manager has not confirmed", () => {
    expect(openGapsRefusal(["principle-08"], false)).toBe("plan.error.confirmOpenGaps");
    expect(openGapsRefusal(["principle-08"], true)).toBeNull();
    expect(openGapsRefusal([], false)).toBeNull();
  });
});
