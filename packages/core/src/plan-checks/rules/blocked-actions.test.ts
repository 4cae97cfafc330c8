import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { blockedActions as rule } from "./blocked-actions.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no blocked action → nothing", { plan: { actions: [action("childcare-place")] } }, []],
  ["blocked childcare → warning", { plan: { actions: [action("childcare-place", "blocked")] } }, ["warning:warning"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
