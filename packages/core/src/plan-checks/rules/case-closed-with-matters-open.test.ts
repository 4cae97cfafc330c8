import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { caseClosedWithMattersOpen as rule } from "./case-closed-with-matters-open.ts";

const closure = { date: "2026-02-20", reasons: ["goals-met" as const] };

const cases: [string, ContextPatch, string[]][] = [
  ["open case → nothing", { plan: { actions: [action("compensation-claim")] } }, []],
  ["closed, nothing open, no follow-up → suggests follow-up", { plan: { closure } }, ["info:noFollowUp"]],
  [
    "closed with a legal step planned → warning",
    { plan: { closure, actions: [action("compensation-claim")] } },
    ["warning:legal", "info:noFollowUp"],
  ],
  [
    "closed with a legal step blocked → warning",
    { plan: { closure, actions: [action("residence-permit-application", "blocked")] } },
    ["warning:legal", "info:noFollowUp"],
  ],
  [
    "closed, legal steps done or cancelled, follow-up planned → met",
    {
      plan: {
        closure,
        actions: [
          action("compensation-claim", "done"),
          action("asylum-application", "cancelled"),
          action("follow-up-after-closure"),
        ],
      },
    },
    ["met:followUp"],
  ],
  [
    "follow-up declined by her still counts as offered",
    { plan: { closure, actions: [action("follow-up-after-closure", "cancelled")] } },
    ["met:followUp"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
