import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { childcareBeforeTrainingOrWork as rule } from "./childcare-before-training-or-work.ts";

const oneChild = { count: 1, list: [{ age: 4, livesWith: "with-her" as const }] };

const cases: [string, ContextPatch, string[]][] = [
  ["no children → nothing", { profile: { isInTrainingOrWork: true } }, []],
  ["mother not in training or work → nothing", { profile: { children: oneChild } }, []],
  [
    "mother in work without childcare → gap",
    { profile: { children: oneChild, isInTrainingOrWork: true } },
    ["gap:gap"],
  ],
  [
    "child abroad → nothing",
    { profile: { children: { count: 1, list: [{ age: 4, livesWith: "abroad" }] }, isInTrainingOrWork: true } },
    [],
  ],
  [
    "a 14-year-old with her → nothing",
    { profile: { children: { count: 1, list: [{ age: 14, livesWith: "with-her" }] }, isInTrainingOrWork: true } },
    [],
  ],
  [
    "mother with a training action, childcare blocked → gap",
    {
      profile: { children: oneChild },
      plan: { actions: [action("vocational-training"), action("childcare-place", "blocked")] },
    },
    ["gap:gap"],
  ],
  [
    "mother in training with childcare place → met",
    {
      profile: { children: oneChild, isInTrainingOrWork: true },
      plan: { actions: [action("childcare-place", "done")] },
    },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
