import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { safetyReviewDue as rule } from "./safety-review-due.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no safety plan → gap", {}, ["gap:missing"]],
  ["reviewed 91 days ago → gap", { plan: { lastSafetyReviewDate: "2025-11-30" } }, ["gap:overdue"]],
  ["reviewed 90 days ago → met", { plan: { lastSafetyReviewDate: "2025-12-01" } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
