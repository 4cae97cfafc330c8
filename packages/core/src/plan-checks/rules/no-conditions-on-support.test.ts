import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { noConditionsOnSupport as rule } from "./no-conditions-on-support.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no conditions → met", {}, ["met:met"]],
  ["cooperation with police → gap", { plan: { conditionsImposed: ["cooperation-with-police"] } }, ["gap:cooperation"]],
  [
    "leaving prostitution → gap",
    { plan: { conditionsImposed: ["leaving-prostitution"] } },
    ["gap:leavingProstitution"],
  ],
  [
    "identification and other → two gaps",
    { plan: { conditionsImposed: ["formal-identification", "other"] } },
    ["gap:identification", "gap:other"],
  ],
  [
    "her own choice not to cooperate is never a condition",
    { profile: { cooperationWithAuthorities: "not-cooperating" } },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
