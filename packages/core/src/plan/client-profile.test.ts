import { describe, expect, test } from "vitest";
import { BASE_PROFILE } from "../plan-checks/test-fixtures.ts";
import { ClientProfileSchema, needIsAtLeast } from "./client-profile.ts";

describe("ClientProfileSchema", () => {
  const cases: [string, Record<string, unknown>, string | null][] = [
    ["a complete adult profile", {}, null],
    ["a minor is a referral, never a client", { isAdult: false }, "plan.error.minorIsReferral"],
    ["an age under 18", { ageYears: 17 }, "plan.error.minorIsReferral"],
    ["more ages than children", { children: { count: 1, ages: [2, 5] } }, "plan.error.moreAgesThanChildren"],
    ["a bad first-contact date", { firstContactDate: "2026-02-31" }, "plan.error.invalidDate"],
    ["an unknown legal status", { legalStatus: "tourist" }, "invalid"],
    ["cooperation is only recorded", { cooperationWithAuthorities: "not-cooperating" }, null],
    ["language tags", { languages: ["en", "ro", "pcm", "pt-BR", "sr-Latn", "es-419"] }, null],
    [
      "words in the languages field (kept after erasure, so never free text)",
      { languages: ["Maria Popescu"] },
      "error.languageTag",
    ],
    ["a note hidden in a tag-like string", { languages: ["ask-for-ana"] }, "error.languageTag"],
  ];
  test.each(cases)("%s", (_name, patch, error) => {
    const result = ClientProfileSchema.safeParse({ ...BASE_PROFILE, ...patch });
    if (error === null) {
      expect(result.success).toBe(true);
      return;
    }
    expect(result.success).toBe(false);
    if (error !== "invalid") expect(result.error?.issues.map((issue) => issue.message)).toContain(error);
  });
});

describe("needIsAtLeast", () => {
  const cases: [string | undefined, boolean][] = [
    [undefined, false],
    ["medium", false],
    ["high", true],
    ["urgent", true],
  ];
  test.each(cases)("therapy %s ≥ high: %s", (level, expected) => {
    const needs = level === undefined ? {} : { therapy: level as "high" };
    expect(needIsAtLeast({ needs }, "therapy", "high")).toBe(expected);
  });
});
