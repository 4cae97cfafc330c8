import { describe, expect, test } from "vitest";
import { action, type ContextPatch, makeContext, runRule, TODAY } from "../test-fixtures.ts";
import { riskAnswersToActions as rule } from "./risk-answers-to-actions.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no risk answers → nothing", {}, []],
  ["debt bondage answered no → nothing", { profile: { riskAnswers: { "debt-bondage": "no" } } }, []],
  ["debt bondage → warning", { profile: { riskAnswers: { "debt-bondage": "yes" } } }, ["warning:debt-bondage"]],
  [
    "debt bondage with debt advice → met",
    { profile: { riskAnswers: { "debt-bondage": "yes" } }, plan: { actions: [action("debt-advice")] } },
    ["met:met"],
  ],
  ["charges → gap", { profile: { riskAnswers: { "prosecution-exposure": "yes" } } }, ["gap:prosecution-exposure"]],
  [
    "charges with free representation → met",
    {
      profile: { riskAnswers: { "prosecution-exposure": "yes" } },
      plan: { actions: [action("free-legal-representation")] },
    },
    ["met:met"],
  ],
  [
    "threats to her family → two steps",
    { profile: { riskAnswers: { "threats-to-family": "yes" } } },
    ["warning:legal", "warning:safety"],
  ],
  [
    "dependence → only an offer (info)",
    { profile: { riskAnswers: { "substance-dependence": "yes" } } },
    ["info:substance-dependence"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });

  test.each([
    ["documents-withheld", "identity-documents-replacement"],
    ["possible-brain-injury", "tbi-screening"],
    ["debt-bondage", "debt-advice"],
  ] as const)("%s suggests %s", (item, actionId) => {
    const [finding] = rule.check(makeContext({ profile: { riskAnswers: { [item]: "yes" } } }), TODAY);
    expect(finding?.suggestedAction?.actionId).toBe(actionId);
  });
});
