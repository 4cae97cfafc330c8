import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { languageSupport as rule } from "./language-support.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no barrier → nothing", {}, []],
  ["needs interpreter, nothing planned → gap", { profile: { needsInterpreter: true } }, ["gap:gap"]],
  ["medium language need → gap", { profile: { needs: { language: "medium" } } }, ["gap:gap"]],
  [
    "language course planned → met",
    { profile: { needsInterpreter: true }, plan: { actions: [action("language-course")] } },
    ["met:met"],
  ],
  [
    "an interpreter booking does not clear it → gap",
    { profile: { needs: { language: "high" } }, plan: { actions: [action("interpreter-booking")] } },
    ["gap:gap"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
