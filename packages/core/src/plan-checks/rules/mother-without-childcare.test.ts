import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { motherWithoutChildcare as rule } from "./mother-without-childcare.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no children, not pregnant → nothing", {}, []],
  ["mother without childcare → gap", { profile: { children: { count: 2 } } }, ["gap:gap"]],
  ["pregnant without childcare → gap", { profile: { isPregnant: true } }, ["gap:gap"]],
  [
    "childcare action added → met",
    { profile: { children: { count: 1 } }, plan: { actions: [action("childcare-place")] } },
    ["met:met"],
  ],
  [
    "childcare cancelled → gap",
    { profile: { children: { count: 1 } }, plan: { actions: [action("childcare-place", "cancelled")] } },
    ["gap:gap"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
