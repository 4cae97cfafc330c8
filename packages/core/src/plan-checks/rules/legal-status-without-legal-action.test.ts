import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { legalStatusWithoutLegalAction as rule } from "./legal-status-without-legal-action.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["EU citizen → nothing", {}, []],
  ["residence permit → nothing", { profile: { legalStatus: "residence-permit" } }, []],
  ["undocumented, no legal action → gap", { profile: { legalStatus: "undocumented" } }, ["gap:gap"]],
  [
    "asylum refused, only cancelled legal action → gap",
    { profile: { legalStatus: "asylum-refused" }, plan: { actions: [action("asylum-application", "cancelled")] } },
    ["gap:gap"],
  ],
  [
    "asylum pending with legal action → met",
    { profile: { legalStatus: "asylum-pending" }, plan: { actions: [action("free-legal-representation")] } },
    ["met:met"],
  ],
  // Only legal work clears it (issue 21 item 7).
  [
    "a rights leaflet does not clear it → gap",
    { profile: { legalStatus: "undocumented" }, plan: { actions: [action("rights-information", "done")] } },
    ["gap:gap"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
