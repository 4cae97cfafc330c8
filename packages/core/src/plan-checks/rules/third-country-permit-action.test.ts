import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { thirdCountryPermitAction as rule } from "./third-country-permit-action.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["EU citizen → nothing", {}, []],
  ["TCN with permit → nothing", { profile: { citizenship: "third-country", legalStatus: "residence-permit" } }, []],
  [
    "TCN undocumented, no permit action → gap",
    { profile: { citizenship: "third-country", legalStatus: "undocumented" } },
    ["gap:gap"],
  ],
  [
    "TCN with asylum application → met",
    {
      profile: { citizenship: "third-country", legalStatus: "asylum-pending" },
      plan: { actions: [action("asylum-application", "in-progress")] },
    },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
