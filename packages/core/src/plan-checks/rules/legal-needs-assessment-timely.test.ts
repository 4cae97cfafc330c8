import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { legalNeedsAssessmentTimely as rule } from "./legal-needs-assessment-timely.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["missing after 60 days → gap", {}, ["gap:gap"]],
  ["missing on day 14 → info", { profile: { firstContactDate: "2026-02-15" } }, ["info:info"]],
  ["missing on day 15 → gap", { profile: { firstContactDate: "2026-02-14" } }, ["gap:gap"]],
  ["planned but late → warning", { plan: { actions: [action("legal-needs-assessment")] } }, ["warning:warning"]],
  ["done → met", { plan: { actions: [action("legal-needs-assessment", "done")] } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
