import { describe, expect, it } from "vitest";
import { QuarterSchema } from "../disclosure/coarsen-date.ts";
import { EpsilonInputSchema } from "../disclosure/differential-privacy.ts";
import { IsoDateSchema } from "../plan/iso-date.ts";
import {
  BoundedDateTimeSchema,
  containsUnsafeText,
  Int4Schema,
  isUnsafeText,
  SafeTextSchema,
  VersionSchema,
} from "./input-bounds.ts";

describe("input bounds (issue 14: bad input must never be a 5xx)", () => {
  it("bounds integers to int4", () => {
    expect(VersionSchema.safeParse(2_147_483_647).success).toBe(true);
    expect(VersionSchema.safeParse(2_147_483_648).success).toBe(false);
    expect(VersionSchema.safeParse(0).success).toBe(false);
    expect(Int4Schema.safeParse(-2_147_483_649).success).toBe(false);
    expect(Int4Schema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(false);
  });

  it("refuses the year 0000 and other years the database cannot hold, in dates, timestamps and quarters", () => {
    expect(IsoDateSchema.safeParse("2026-03-01").success).toBe(true);
    for (const date of ["0000-01-01", "0001-12-31", "1899-12-31", "3000-01-01", "9999-12-31"])
      expect(IsoDateSchema.safeParse(date).success, date).toBe(false);
    expect(BoundedDateTimeSchema.safeParse("2026-03-01T10:00:00.000Z").success).toBe(true);
    expect(BoundedDateTimeSchema.safeParse("0000-01-01T00:00:00.000Z").success).toBe(false);
    expect(QuarterSchema.safeParse("2026-Q1").success).toBe(true);
    expect(QuarterSchema.safeParse("0000-Q1").success).toBe(false);
  });

  it("refuses NUL and lone surrogates, but keeps every real character", () => {
    for (const bad of ["a\u0000b", "\uD800", "x\uDC00", "\uDBFFa", "\uDC00\uD800"]) {
      expect(isUnsafeText(bad), JSON.stringify(bad)).toBe(true);
      expect(SafeTextSchema.safeParse(bad).success).toBe(false);
    }
    for (const good of ["Umbel", "Ça va, Zoë?", "😀 emoji", "مرحبا", "日本語", ""])
      expect(isUnsafeText(good)).toBe(false);
  });

  it("finds unsafe text anywhere in an input, keys included", () => {
    expect(containsUnsafeText({ a: [1, { b: "ok" }], c: "fine" })).toBe(false);
    expect(containsUnsafeText({ a: [1, { b: "no\u0000" }] })).toBe(true);
    expect(containsUnsafeText({ "k\uD800": 1 })).toBe(true);
    expect(containsUnsafeText(Array.from({ length: 200_001 }, () => "x"))).toBe(true);
  });

  it("refuses an ε too small to mean anything (1e-320 underflows)", () => {
    for (const epsilon of [5e-324, 1e-320, 0.001]) expect(EpsilonInputSchema.safeParse(epsilon).success).toBe(false);
    expect(EpsilonInputSchema.safeParse(0.01).success).toBe(true);
  });
});
