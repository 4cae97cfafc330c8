import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSafeFunderOutput, scanFunderOutput } from "./funder-output-guard.ts";

const allow = {
  codes: ["ind-1.1", "eu", "third-country", "18-24"],
  keys: ["indicator", "period", "cells", "kind", "value", "group", "rows"],
};

describe("scanFunderOutput", () => {
  it("accepts numbers, coarse periods, allowed codes and suppression markers", () => {
    const output = {
      indicator: "ind-1.1",
      period: "2026-Q1",
      rows: [
        { group: "eu", cells: [{ kind: "value", value: 15 }, { kind: "suppressed" }] },
        { group: "third-country", cells: [null, true, 0.5] },
      ],
    };
    expect(scanFunderOutput(output, allow)).toEqual([]);
  });

  it("finds free text, exact dates, unknown keys and odd types", () => {
    const output = {
      indicator: "Maria, 23, from Edo State",
      period: "2026-03-17",
      note: "x",
      value: Number.NaN,
      rows: [new Date(0), undefined, () => 1, new Map()],
    };
    expect(scanFunderOutput(output, allow)).toEqual([
      { path: "/indicator", kind: "free-text" },
      { path: "/period", kind: "free-text" },
      { path: "/?", kind: "key-not-allowed" },
      { path: "/value", kind: "non-finite-number" },
      { path: "/rows/0", kind: "unsupported-type" },
      { path: "/rows/1", kind: "unsupported-type" },
      { path: "/rows/2", kind: "unsupported-type" },
      { path: "/rows/3", kind: "unsupported-type" },
    ]);
  });

  it("refuses very deep nesting", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(scanFunderOutput(deep, allow)).toEqual([expect.objectContaining({ kind: "too-deep" })]);
  });

  it("flags every string that is neither a code nor a coarse period (property)", () => {
    const safe = new Set([...allow.codes, "value", "suppressed"]);
    const isCoarse = (s: string) => /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(s);
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(isSafeFunderOutput({ rows: [{ group: text }] }, allow)).toBe(safe.has(text) || isCoarse(text));
      }),
    );
  });

  it("accepts any nesting of numbers and allowed codes (property)", () => {
    const leaf = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(...allow.codes),
      fc.constant(null),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc.array(tie("node"), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom(...allow.keys), tie("node"), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        expect(scanFunderOutput(value, allow).filter((v) => v.kind !== "too-deep")).toEqual([]);
      }),
    );
  });
});
