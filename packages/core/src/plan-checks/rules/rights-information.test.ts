import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { rightsInformation as rule } from "./rights-information.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no rights information → warning", {}, ["warning:warning"]],
  [
    "cancelled rights information → warning",
    { plan: { actions: [action("rights-information", "cancelled")] } },
    ["warning:warning"],
  ],
  ["rights information done → met", { plan: { actions: [action("rights-information", "done")] } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
