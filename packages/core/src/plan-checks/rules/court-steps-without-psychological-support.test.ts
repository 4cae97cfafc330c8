import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { courtStepsWithoutPsychologicalSupport as rule } from "./court-steps-without-psychological-support.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no court step → nothing", { plan: { actions: [action("trauma-therapy")] } }, []],
  [
    "court accompaniment without support → warning",
    { plan: { actions: [action("court-accompaniment")] } },
    ["warning:warning"],
  ],
  [
    "special measures in court without support → warning",
    { plan: { actions: [action("special-measures-in-court", "in-progress")] } },
    ["warning:warning"],
  ],
  [
    "witness protection with crisis support → met",
    { plan: { actions: [action("witness-protection-request"), action("crisis-support")] } },
    ["met:met"],
  ],
  [
    "support offered and declined still counts → met",
    { plan: { actions: [action("court-accompaniment"), action("trauma-therapy", "cancelled")] } },
    ["met:met"],
  ],
  [
    "support blocked is no offer → warning",
    { plan: { actions: [action("court-accompaniment"), action("psychological-assessment", "blocked")] } },
    ["warning:warning"],
  ],
  ["a finished court step → nothing", { plan: { actions: [action("court-accompaniment", "done")] } }, []],
  ["a cancelled court step → nothing", { plan: { actions: [action("court-accompaniment", "cancelled")] } }, []],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
