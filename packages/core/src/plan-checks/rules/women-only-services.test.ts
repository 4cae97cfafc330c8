import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { womenOnlyServices as rule } from "./women-only-services.ts";

const providers = [
  { id: "women", isWomenOnly: true },
  { id: "mixed", isWomenOnly: false },
];
const at = (actionId: string, providerId: string, status: "planned" | "in-progress" | "done" = "planned") =>
  action(actionId, status, { providerId });

const cases: [string, ContextPatch, string[]][] = [
  ["no provider on any step → nothing", { providers, plan: { actions: [action("trauma-therapy")] } }, []],
  [
    "therapy at a mixed provider → warning",
    { providers, plan: { actions: [at("trauma-therapy", "mixed")] } },
    ["warning:warning"],
  ],
  [
    "shelter at a mixed provider → warning",
    { providers, plan: { actions: [at("single-sex-shelter-place", "mixed", "in-progress")] } },
    ["warning:warning"],
  ],
  [
    "peer group at a mixed provider → warning",
    { providers, plan: { actions: [at("peer-group-offer", "mixed")] } },
    ["warning:warning"],
  ],
  [
    "therapy at a women-only provider → met",
    { providers, plan: { actions: [at("trauma-therapy", "women")] } },
    ["met:met"],
  ],
  [
    "legal aid at a mixed provider → nothing (not asked for)",
    { providers, plan: { actions: [at("free-legal-representation", "mixed")] } },
    [],
  ],
  ["a finished step → nothing", { providers, plan: { actions: [at("trauma-therapy", "mixed", "done")] } }, []],
  ["a provider not in the directory → nothing", { providers, plan: { actions: [at("trauma-therapy", "gone")] } }, []],
  [
    "one finding per step",
    { providers, plan: { actions: [at("trauma-therapy", "mixed"), { ...at("crisis-support", "women"), id: "c" }] } },
    ["warning:warning", "met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
