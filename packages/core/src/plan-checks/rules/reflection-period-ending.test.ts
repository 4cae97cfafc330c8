import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { reflectionPeriodEnding as rule } from "./reflection-period-ending.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["not in a reflection period → nothing", { profile: { reflectionPeriodEnd: "2026-03-05" } }, []],
  [
    "ends in 30 days → info",
    { profile: { legalStatus: "reflection-period", reflectionPeriodEnd: "2026-03-31" } },
    ["info:info"],
  ],
  [
    "ends in 4 days, no support → gap",
    { profile: { legalStatus: "reflection-period", reflectionPeriodEnd: "2026-03-05" } },
    ["gap:gap"],
  ],
  [
    "ends in 4 days with decision support → met",
    {
      profile: { legalStatus: "reflection-period", reflectionPeriodEnd: "2026-03-05" },
      plan: { actions: [action("reflection-period-decision-support")] },
    },
    ["met:met"],
  ],
  [
    "in a reflection period without an end date → warning",
    { profile: { legalStatus: "reflection-period" } },
    ["warning:noEndDate"],
  ],
  [
    "already ended → warning",
    { profile: { legalStatus: "reflection-period", reflectionPeriodEnd: "2026-02-20" } },
    ["warning:ended"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
