import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { digitalSafetyForHighRisk as rule } from "./digital-safety-for-high-risk.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["medium risk → nothing", { profile: { riskLevel: "medium" } }, []],
  // Calibrated (issue 21 item 4): a "high" level from any control item alone does not fire.
  [
    "high risk from debt bondage only → nothing",
    { profile: { riskLevel: "high", riskAnswers: { "debt-bondage": "yes" } } },
    [],
  ],
  [
    "technology control, no digital check → warning",
    { profile: { riskLevel: "high", riskAnswers: { "technology-control": "yes" } } },
    ["warning:warning"],
  ],
  [
    "technology control unknown → info (ask her)",
    { profile: { riskAnswers: { "technology-control": "unknown" } } },
    ["info:ask"],
  ],
  ["critical risk, no digital check → warning", { profile: { riskLevel: "critical" } }, ["warning:warning"]],
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
