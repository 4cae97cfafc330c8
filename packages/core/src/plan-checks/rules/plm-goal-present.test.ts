import { describe, expect, test } from "vitest";
import { type ContextPatch, goal, runRule } from "../test-fixtures.ts";
import { plmGoalPresent as rule } from "./plm-goal-present.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no goals → nothing (plan-has-goals covers it)", {}, []],
  [
    "only EEM goals → warning",
    { plan: { goals: [goal("g1", "language"), goal("g2", "employment")] } },
    ["warning:warning"],
  ],
  ["a legal goal → met", { plan: { goals: [goal("g1", "language"), goal("g2", "legal")] } }, ["met:met"]],
  // A housing goal counts for PLM only (its primary pathway), never for both (issue 21 item 7).
  ["a housing goal → met", { plan: { goals: [goal("g1", "accommodation")] } }, ["met:met"]],
  ["a childcare goal is EEM → warning", { plan: { goals: [goal("g1", "childcare")] } }, ["warning:warning"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
