import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { accommodationNeedWithoutAction as rule } from "./accommodation-need-without-action.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["medium need → nothing", { profile: { needs: { accommodation: "medium" } } }, []],
  ["urgent need, no action → gap", { profile: { needs: { accommodation: "urgent" } } }, ["gap:gap"]],
  [
    "high need with shelter place → met",
    { profile: { needs: { accommodation: "high" } }, plan: { actions: [action("single-sex-shelter-place")] } },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
