import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { childNeedsAssessment as rule } from "./child-needs-assessment.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no children → nothing", {}, []],
  ["mother without assessment → warning", { profile: { children: { count: 1, ages: [4] } } }, ["warning:warning"]],
  [
    "mother with assessment → met",
    { profile: { children: { count: 1 } }, plan: { actions: [action("child-needs-assessment", "done")] } },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
