import { describe, expect, test } from "vitest";
import { type ContextPatch, goal, runRule } from "../test-fixtures.ts";
import { planHasGoals as rule } from "./plan-has-goals.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no goals → gap", {}, ["gap:gap"]],
  ["one goal → met", { plan: { goals: [goal("g1", "legal")] } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
