import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { psychologicalAssessmentOffered as rule } from "./psychological-assessment-offered.ts";

const cases: [string, ContextPatch, string[]][] = [
  // As severe as the health check (issue 21 item 5).
  ["nothing offered → gap", {}, ["gap:gap"]],
  [
    "nothing offered, day 3 → info inside the grace window",
    { profile: { firstContactDate: "2026-02-26" } },
    ["info:gap"],
  ],
  ["offered and declined → met", { plan: { actions: [action("psychological-assessment", "cancelled")] } }, ["met:met"]],
  [
    "blocked is not an offer → gap",
    { plan: { actions: [action("psychological-assessment", "blocked")] } },
    ["gap:gap"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
