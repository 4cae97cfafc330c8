import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { trainingNeedWithoutAction as rule } from "./training-need-without-action.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no need → nothing", {}, []],
  ["high employment need, nothing planned → gap", { profile: { needs: { employment: "high" } } }, ["gap:gap"]],
  [
    "urgent training need with job search → met",
    { profile: { needs: { training: "urgent" } }, plan: { actions: [action("job-search-support")] } },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
