import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { supportEndedByFunding as rule } from "./support-ended-by-funding.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["open case → nothing", {}, []],
  ["closed, goals met → nothing", { plan: { closure: { date: "2026-02-01", reasons: ["goals-met"] } } }, []],
  [
    "closed, funding ended → gap",
    { plan: { closure: { date: "2026-02-01", reasons: ["her-choice", "funding-ended"] } } },
    ["gap:gap"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
