import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { peerGroupOffered as rule } from "./peer-group-offered.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["not offered → warning", {}, ["warning:warning"]],
  ["offered → met", { plan: { actions: [action("peer-group-offer")] } }, ["met:met"]],
  ["attending → met", { plan: { actions: [action("peer-group-attendance", "in-progress")] } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
