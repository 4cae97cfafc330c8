import { describe, expect, test } from "vitest";
import { type ContextPatch, goal, runRule } from "../test-fixtures.ts";
import { goalsInHerOwnWords as rule } from "./goals-in-her-own-words.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no goals → nothing", {}, []],
  ["all in her words → met", { plan: { goals: [goal("g1", "legal"), goal("g2", "money")] } }, ["met:met"]],
  [
    "one not in her words → warning",
    { plan: { goals: [goal("g1", "legal"), goal("g2", "money", { inHerOwnWords: false })] } },
    ["warning:warning"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
