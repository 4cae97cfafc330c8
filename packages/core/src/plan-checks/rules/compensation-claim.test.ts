import { describe, expect, test } from "vitest";
import { action, type ContextPatch, makeContext, runRule } from "../test-fixtures.ts";
import { compensationClaim as rule } from "./compensation-claim.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["nothing recorded → nothing", {}, []],
  ["no proceedings, no claim → nothing", { profile: { proceedings: "none", compensationClaim: "none" } }, []],
  ["proceedings ended without conviction → nothing", { profile: { proceedings: "no-conviction" } }, []],
  ["proceedings not known → nothing", { profile: { proceedings: "unknown" } }, []],
  ["proceedings ongoing, no claim → prompt", { profile: { proceedings: "ongoing" } }, ["info:ongoing"]],
  [
    "conviction, claim none → prompt",
    { profile: { proceedings: "conviction", compensationClaim: "none" } },
    ["info:conviction"],
  ],
  [
    "conviction, claim step planned → met",
    { profile: { proceedings: "conviction" }, plan: { actions: [action("compensation-claim")] } },
    ["met:planned"],
  ],
  [
    "conviction, claim step cancelled → prompt again",
    { profile: { proceedings: "conviction" }, plan: { actions: [action("compensation-claim", "cancelled")] } },
    ["info:conviction"],
  ],
  ["claim filed → met", { profile: { proceedings: "conviction", compensationClaim: "filed" } }, ["met:filed"]],
  [
    "awarded but not paid → follow up",
    { profile: { proceedings: "conviction", compensationClaim: "awarded" } },
    ["info:awarded"],
  ],
  ["paid → met", { profile: { compensationClaim: "paid" } }, ["met:paid"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });

  test("the prompt suggests a compensation claim", () => {
    const findings = rule.check(makeContext({ profile: { proceedings: "ongoing" } }), "2026-03-01");
    expect(findings[0]?.suggestedAction?.actionId).toBe("compensation-claim");
  });
});
