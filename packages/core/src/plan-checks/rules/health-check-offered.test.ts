import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { healthCheckOffered as rule } from "./health-check-offered.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no health check → gap", {}, ["gap:gap"]],
  ["health check planned → met", { plan: { actions: [action("health-check")] } }, ["met:met"]],
  ["health check declined → met", { plan: { actions: [action("health-check", "cancelled")] } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
