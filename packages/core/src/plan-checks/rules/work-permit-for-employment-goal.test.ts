import { describe, expect, test } from "vitest";
import { action, type ContextPatch, goal, runRule } from "../test-fixtures.ts";
import { workPermitForEmploymentGoal as rule } from "./work-permit-for-employment-goal.ts";

const workGoal = { goals: [goal("g1", "employment")] };

const cases: [string, ContextPatch, string[]][] = [
  ["no employment goal → nothing", { profile: { rightToWork: "no" } }, []],
  ["right to work → nothing", { profile: { rightToWork: "yes" }, plan: workGoal }, []],
  ["employment goal, no right to work → gap", { profile: { rightToWork: "no" }, plan: workGoal }, ["gap:gap"]],
  [
    "employment goal, right to work unknown → warning",
    { profile: { rightToWork: "unknown" }, plan: workGoal },
    ["warning:unknown"],
  ],
  [
    "work permit applied for → met",
    { profile: { rightToWork: "no" }, plan: { ...workGoal, actions: [action("work-permit-application")] } },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
