import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { pregnantWithoutAntenatalCare as rule } from "./pregnant-without-antenatal-care.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["not pregnant → nothing", {}, []],
  ["pregnant, no antenatal care → gap", { profile: { isPregnant: true } }, ["gap:gap"]],
  [
    "pregnant with antenatal care → met",
    { profile: { isPregnant: true }, plan: { actions: [action("antenatal-care", "in-progress")] } },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
