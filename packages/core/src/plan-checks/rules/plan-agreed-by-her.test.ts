import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { planAgreedByHer as rule } from "./plan-agreed-by-her.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["draft not agreed → info", {}, ["info:info"]],
  ["approved without her → gap", { plan: { status: "approved" } }, ["gap:gap"]],
  ["submitted without her → gap", { plan: { status: "submitted" } }, ["gap:gap"]],
  ["agreed → met", { plan: { status: "approved", agreedByClient: true, agreedOn: "2026-02-01" } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
