import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { identificationRefused as rule } from "./identification-refused.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["reasonable grounds → nothing", {}, []],
  ["refused, no lawyer → gap", { profile: { identificationStatus: "refused" } }, ["gap:gap"]],
  [
    "appealed with lawyer → met",
    {
      profile: { identificationStatus: "appealed" },
      plan: { actions: [action("free-legal-representation", "in-progress")] },
    },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
