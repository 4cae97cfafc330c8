import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { accommodationSingleSex as rule } from "./accommodation-single-sex.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["not housed by the programme → nothing", {}, []],
  ["mixed housing → gap", { plan: { accommodation: { isSingleSex: false, ratedSafeByHer: "yes" } } }, ["gap:gap"]],
  ["single-sex → met", { plan: { accommodation: { isSingleSex: true, ratedSafeByHer: "yes" } } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
