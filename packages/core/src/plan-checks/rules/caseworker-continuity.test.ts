import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { caseworkerContinuity as rule } from "./caseworker-continuity.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no changes → met", {}, ["met:met"]],
  ["two changes → met", { caseworkerChanges: 2 }, ["met:met"]],
  ["three changes → warning", { caseworkerChanges: 3 }, ["warning:warning"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
