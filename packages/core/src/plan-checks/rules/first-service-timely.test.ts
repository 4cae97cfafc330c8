import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { firstServiceTimely as rule } from "./first-service-timely.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["nothing started, 60 days → warning", {}, ["warning:warning"]],
  ["nothing started, 10 days → info", { profile: { firstContactDate: "2026-02-19" } }, ["info:info"]],
  ["only planned actions → warning", { plan: { actions: [action("health-check")] } }, ["warning:warning"]],
  ["a service in progress → met", { plan: { actions: [action("health-check", "in-progress")] } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
