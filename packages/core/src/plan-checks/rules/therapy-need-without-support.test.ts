import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { therapyNeedWithoutSupport as rule } from "./therapy-need-without-support.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no need assessed → nothing", {}, []],
  ["medium need → nothing", { profile: { needs: { therapy: "medium" } } }, []],
  ["high need, nothing offered → gap", { profile: { needs: { therapy: "high" } } }, ["gap:gap"]],
  [
    "urgent need with trauma therapy → met",
    { profile: { needs: { therapy: "urgent" } }, plan: { actions: [action("trauma-therapy")] } },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
