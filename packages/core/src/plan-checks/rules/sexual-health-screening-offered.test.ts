import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { sexualHealthScreeningOffered as rule } from "./sexual-health-screening-offered.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["not offered → warning", {}, ["warning:warning"]],
  ["offered → met", { plan: { actions: [action("sexual-reproductive-health-screening", "done")] } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
