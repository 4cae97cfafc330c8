import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { complaintsRouteOffered as rule } from "./complaints-route-offered.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no one told her how to complain → warning", {}, ["warning:warning"]],
  [
    "first contact 3 days ago → information inside the grace window",
    { profile: { firstContactDate: "2026-02-26" } },
    ["info:warning"],
  ],
  ["complaints route planned → met", { plan: { actions: [action("complaints-route")] } }, ["met:met"]],
  ["complaints route done → met", { plan: { actions: [action("complaints-route", "done")] } }, ["met:met"]],
  [
    "complaints route blocked → warning",
    { plan: { actions: [action("complaints-route", "blocked")] } },
    ["warning:warning"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });

  test("suggests the complaints route from the catalogue", () => {
    expect(rule.suggests).toEqual([{ domain: "legal", actionId: "complaints-route" }]);
  });
});
