import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { childrenRecorded as rule } from "./children-recorded.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no children → nothing", {}, []],
  ["children without ages and homes → warning", { profile: { children: { count: 2 } } }, ["warning:warning"]],
  [
    "every child recorded → met",
    { profile: { children: { count: 1, list: [{ age: 7, livesWith: "abroad" }] } } },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
