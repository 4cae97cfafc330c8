import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { planReviewDue as rule } from "./plan-review-due.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["new case, no review needed yet → nothing", {}, []],
  ["never reviewed after 120 days → warning", { profile: { firstContactDate: "2025-11-01" } }, ["warning:never"]],
  ["reviewed 100 days ago → warning", { plan: { lastReviewDate: "2025-11-21" } }, ["warning:overdue"]],
  ["reviewed 30 days ago → met", { plan: { lastReviewDate: "2026-01-30" } }, ["met:met"]],
  [
    "closed case → nothing",
    { profile: { firstContactDate: "2025-01-01" }, plan: { closure: { date: "2025-06-01", reasons: ["her-choice"] } } },
    [],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
