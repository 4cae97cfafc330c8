import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { medicalNeedWithoutAction as rule } from "./medical-need-without-action.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["low need → nothing", { profile: { needs: { medical: "low" } } }, []],
  ["high need, no medical action → gap", { profile: { needs: { medical: "high" } } }, ["gap:gap"]],
  [
    "high need with health check → met",
    { profile: { needs: { medical: "high" } }, plan: { actions: [action("health-check")] } },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
