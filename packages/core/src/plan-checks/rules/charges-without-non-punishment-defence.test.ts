import { describe, expect, test } from "vitest";
import { action, type ContextPatch, makeContext, runRule } from "../test-fixtures.ts";
import { chargesWithoutNonPunishmentDefence as rule } from "./charges-without-non-punishment-defence.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["nothing recorded → nothing", {}, []],
  ["no charges → nothing", { profile: { chargesAgainstHer: "none" } }, []],
  ["not known → nothing", { profile: { chargesAgainstHer: "unknown" } }, []],
  ["charges pending, no defence → gap", { profile: { chargesAgainstHer: "pending" } }, ["gap:pending"]],
  ["convicted, no defence → gap", { profile: { chargesAgainstHer: "convicted" } }, ["gap:convicted"]],
  [
    "non-punishment defence planned → met",
    { profile: { chargesAgainstHer: "pending" }, plan: { actions: [action("non-punishment-defence")] } },
    ["met:met"],
  ],
  [
    "free legal representation running → met",
    {
      profile: { chargesAgainstHer: "pending" },
      plan: { actions: [action("free-legal-representation", "in-progress")] },
    },
    ["met:met"],
  ],
  [
    "defence blocked → still a gap",
    { profile: { chargesAgainstHer: "pending" }, plan: { actions: [action("non-punishment-defence", "blocked")] } },
    ["gap:pending"],
  ],
  [
    "defence cancelled → still a gap",
    { profile: { chargesAgainstHer: "pending" }, plan: { actions: [action("non-punishment-defence", "cancelled")] } },
    ["gap:pending"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });

  test("inside the grace window the gap only informs, and still suggests the defence", () => {
    const [finding] = rule.check(makeContext({ profile: { chargesAgainstHer: "pending" } }), "2026-01-02");
    expect(finding?.severity).toBe("info");
    expect(finding?.suggestedAction?.actionId).toBe("non-punishment-defence");
  });

  test("her cooperation choice changes nothing", () => {
    for (const cooperationWithAuthorities of ["cooperating", "not-cooperating", "undecided", "not-asked"] as const) {
      expect(runRule(rule, { profile: { chargesAgainstHer: "pending", cooperationWithAuthorities } })).toEqual([
        "gap:pending",
      ]);
    }
  });
});
