import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { childNeedsAssessment as rule } from "./child-needs-assessment.ts";

const oneChild = { count: 1, list: [{ age: 4, livesWith: "with-her" as const }] };

const cases: [string, ContextPatch, string[]][] = [
  ["no children → nothing", {}, []],
  ["mother without assessment → warning", { profile: { children: oneChild } }, ["warning:warning"]],
  ["pregnant without assessment → warning", { profile: { isPregnant: true } }, ["warning:warning"]],
  [
    "only a child abroad → nothing",
    { profile: { children: { count: 1, list: [{ age: 4, livesWith: "abroad" }] } } },
    [],
  ],
  [
    "mother with assessment → met",
    { profile: { children: oneChild }, plan: { actions: [action("child-needs-assessment", "done")] } },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
