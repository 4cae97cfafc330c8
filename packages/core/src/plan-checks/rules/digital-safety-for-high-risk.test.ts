import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { digitalSafetyForHighRisk as rule } from "./digital-safety-for-high-risk.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["medium risk → nothing", { profile: { riskLevel: "medium" } }, []],
  ["high risk, no digital check → warning", { profile: { riskLevel: "high" } }, ["warning:warning"]],
  [
    "critical risk with new phone → met",
    { profile: { riskLevel: "critical" }, plan: { actions: [action("new-phone-and-accounts", "done")] } },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
