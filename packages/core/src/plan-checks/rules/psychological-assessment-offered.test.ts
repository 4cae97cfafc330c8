import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { psychologicalAssessmentOffered as rule } from "./psychological-assessment-offered.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["nothing offered → warning", {}, ["warning:warning"]],
  ["offered and declined → met", { plan: { actions: [action("psychological-assessment", "cancelled")] } }, ["met:met"]],
  [
    "blocked is not an offer → warning",
    { plan: { actions: [action("psychological-assessment", "blocked")] } },
    ["warning:warning"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
