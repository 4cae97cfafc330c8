import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { accommodationRatedSafe as rule } from "./accommodation-rated-safe.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["not housed → nothing", {}, []],
  [
    "she does not feel safe → gap",
    { plan: { accommodation: { isSingleSex: true, ratedSafeByHer: "no" } } },
    ["gap:gap"],
  ],
  [
    "not asked → warning",
    { plan: { accommodation: { isSingleSex: true, ratedSafeByHer: "not-asked" } } },
    ["warning:notAsked"],
  ],
  ["she feels safe → met", { plan: { accommodation: { isSingleSex: true, ratedSafeByHer: "yes" } } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
