import { describe, expect, test } from "vitest";
import { type ContextPatch, goal, runRule } from "../test-fixtures.ts";
import { eemGoalPresent as rule } from "./eem-goal-present.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no goals → nothing", {}, []],
  ["only PLM goals → warning", { plan: { goals: [goal("g1", "legal"), goal("g2", "therapy")] } }, ["warning:warning"]],
  ["a money goal → met", { plan: { goals: [goal("g1", "legal"), goal("g2", "money")] } }, ["met:met"]],
  [
    "a housing-only goal does not count as EEM → warning",
    { plan: { goals: [goal("g1", "accommodation")] } },
    ["warning:warning"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
