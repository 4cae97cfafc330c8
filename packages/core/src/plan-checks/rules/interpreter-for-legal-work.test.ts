import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { interpreterForLegalWork as rule } from "./interpreter-for-legal-work.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no interpreter needed → nothing", {}, []],
  ["needs interpreter, none booked → gap", { profile: { needsInterpreter: true } }, ["gap:gap"]],
  [
    "cultural mediation booked → met",
    { profile: { needsInterpreter: true }, plan: { actions: [action("cultural-mediation")] } },
    ["met:met"],
  ],
  [
    "an interpreter booked for a legal appointment, no step in the plan → met",
    { profile: { needsInterpreter: true }, legalAppointmentsWithInterpreter: 1 },
    ["met:met"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
