import { describe, expect, test } from "vitest";
import { action, type ContextPatch, makeContext, runRule, TODAY } from "../test-fixtures.ts";
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
  // No pressure to cooperate (issue 21 item 3): in the reflection period it only informs, suggests nothing.
  [
    "TCN in her reflection period → info only",
    { profile: { citizenship: "third-country", legalStatus: "reflection-period", reflectionPeriodEnd: "2026-04-01" } },
    ["info:reflection"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });

  test("suggests no permit during the reflection period", () => {
    const findings = rule.check(
      makeContext({ profile: { citizenship: "third-country", legalStatus: "reflection-period" } }),
      TODAY,
    );
    expect(findings.every((finding) => finding.suggestedAction === undefined)).toBe(true);
  });
});
