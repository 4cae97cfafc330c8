import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule, TODAY } from "../test-fixtures.ts";
import { overdueActions as rule } from "./overdue-actions.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no actions → nothing", {}, []],
  [
    "planned, due yesterday → warning",
    { plan: { actions: [action("health-check", "planned", { dueDate: "2026-02-28" })] } },
    ["warning:warning"],
  ],
  ["due today → nothing", { plan: { actions: [action("health-check", "planned", { dueDate: TODAY })] } }, []],
  [
    "done or cancelled past due → nothing",
    {
      plan: {
        actions: [
          action("health-check", "done", { dueDate: "2026-01-01" }),
          action("trauma-therapy", "cancelled", { dueDate: "2026-01-01" }),
        ],
      },
    },
    [],
  ],
  [
    "two overdue → two warnings",
    {
      plan: {
        actions: [
          action("health-check", "in-progress", { dueDate: "2026-01-01" }),
          action("trauma-therapy", "planned", { dueDate: "2026-02-01" }),
        ],
      },
    },
    ["warning:warning", "warning:warning"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
