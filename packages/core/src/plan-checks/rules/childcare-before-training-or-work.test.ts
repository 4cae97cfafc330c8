import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { childcareBeforeTrainingOrWork as rule } from "./childcare-before-training-or-work.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no children → nothing", { profile: { isInTrainingOrWork: true } }, []],
  ["mother not in training or work → nothing", { profile: { children: { count: 1 } } }, []],
  [
    "mother in work without childcare → gap",
    { profile: { children: { count: 1 }, isInTrainingOrWork: true } },
    ["gap:gap"],
  ],
  [
    "mother with a training action, childcare blocked → gap",
    {
      profile: { children: { count: 1 } },
      plan: { actions: [action("vocational-training"), action("childcare-place", "blocked")] },
    },
    ["gap:gap"],
  ],
  [
    "mother in training with childcare place → met",
    {
      profile: { children: { count: 1 }, isInTrainingOrWork: true },
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
