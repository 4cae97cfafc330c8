import { describe, expect, test } from "vitest";
import { getAction } from "../domains/action-catalogue.ts";
import { MESSAGES } from "../i18n/catalogue.ts";
import { COOPERATION_CHOICES } from "../plan/client-profile.ts";
import { PRINCIPLE_IDS } from "../principles/principle-ids.ts";
import { checkPlan } from "./check-plan.ts";
import { PLAN_RULES } from "./rules/index.ts";
import { action, BASE_PLAN, BASE_PROFILE, goal, TODAY } from "./test-fixtures.ts";
import type { PlanCheckInput } from "./types.ts";

/** A mother of one, third-country national in her reflection period, with a thin plan. */
const MOTHER: PlanCheckInput = {
  profile: {
    ...BASE_PROFILE,
    citizenship: "third-country",
    legalStatus: "reflection-period",
    reflectionPeriodEnd: "2026-03-10",
    children: { count: 1, ages: [3], list: [{ age: 3, livesWith: "with-her" }] },
    needsInterpreter: true,
    needs: { therapy: "high", accommodation: "urgent" },
    riskLevel: "high",
  },
  plan: {
    ...BASE_PLAN,
    status: "submitted",
    conditionsImposed: ["cooperation-with-police"],
    goals: [goal("g1", "legal", { inHerOwnWords: false })],
    actions: [action("health-check", "planned", { dueDate: "2026-02-01" })],
  },
  disclosures: [{ date: "2026-02-10", recipient: "immigration", hasConsent: false }],
};

function ruleIdsWith(input: PlanCheckInput, severity: string): string[] {
  return checkPlan(input, TODAY)
    .filter((finding) => finding.severity === severity)
    .map((finding) => finding.ruleId);
}

describe("rule registry", () => {
  test("has at least 30 rules with unique ids", () => {
    expect(PLAN_RULES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PLAN_RULES.map((rule) => rule.id)).size).toBe(PLAN_RULES.length);
  });

  test("covers all 11 principles", () => {
    expect(new Set(PLAN_RULES.map((rule) => rule.principle))).toEqual(new Set(PRINCIPLE_IDS));
  });

  test.each(PLAN_RULES.map((rule) => [rule.id, rule] as const))(
    "%s: description is a message and suggestions are catalogue actions of their domain",
    (_id, rule) => {
      expect(MESSAGES.en[rule.descriptionKey]).toBeTruthy();
      for (const suggestion of rule.suggests) expect(getAction(suggestion.actionId)?.domain).toBe(suggestion.domain);
    },
  );
});

describe("checkPlan", () => {
  test("finds the hard gaps of a thin plan", () => {
    expect(ruleIdsWith(MOTHER, "gap")).toEqual(
      expect.arrayContaining([
        "no-conditions-on-support",
        "legal-status-without-legal-action",
        "legal-needs-assessment-timely",
        "reflection-period-ending",
        "interpreter-for-legal-work",
        "mother-without-childcare",
        "accommodation-need-without-action",
        "therapy-need-without-support",
        "language-support",
        "safety-review-due",
        "disclosure-consent",
        "plan-agreed-by-her",
      ]),
    );
    expect(ruleIdsWith(MOTHER, "warning")).toEqual(
      expect.arrayContaining(["overdue-actions", "goals-in-her-own-words", "peer-group-offered", "eem-goal-present"]),
    );
    // In her reflection period no permit is pushed (issue 21 item 3).
    expect(ruleIdsWith(MOTHER, "info")).toContain("third-country-permit-action");
  });

  test("every suggested action exists in the catalogue, in the finding's suggested domain", () => {
    const findings = checkPlan(MOTHER, TODAY);
    const suggestions = findings.flatMap((finding) =>
      finding.suggestedAction === undefined ? [] : [finding.suggestedAction],
    );
    expect(suggestions.length).toBeGreaterThan(5);
    for (const suggestion of suggestions) expect(getAction(suggestion.actionId)?.domain).toBe(suggestion.domain);
  });

  test("the childcare gap disappears when a childcare action is added", () => {
    const withChildcare: PlanCheckInput = {
      ...MOTHER,
      plan: { ...MOTHER.plan, actions: [...MOTHER.plan.actions, action("childcare-place")] },
    };
    const before = checkPlan(MOTHER, TODAY).find((finding) => finding.ruleId === "mother-without-childcare");
    const after = checkPlan(withChildcare, TODAY).find((finding) => finding.ruleId === "mother-without-childcare");
    expect(before?.severity).toBe("gap");
    expect(before?.suggestedAction).toEqual({ domain: "childcare", actionId: "childcare-place" });
    expect(after?.severity).toBe("met");
  });

  test("finding ids are unique within one run", () => {
    const ids = checkPlan(MOTHER, TODAY).map((finding) => finding.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(COOPERATION_CHOICES)("her choice about cooperating (%s) never changes a finding", (choice) => {
    const recorded: PlanCheckInput = { ...MOTHER, profile: { ...MOTHER.profile, cooperationWithAuthorities: choice } };
    expect(checkPlan(recorded, TODAY)).toEqual(checkPlan(MOTHER, TODAY));
  });

  test("configuration changes the windows, not the law", () => {
    const relaxed: PlanCheckInput = { ...MOTHER, config: { reflectionWarningDays: 5 } };
    const finding = checkPlan(relaxed, TODAY).find((f) => f.ruleId === "reflection-period-ending");
    expect(finding?.severity).toBe("info");
  });

  test.each([
    ["a minor", { ...MOTHER, profile: { ...MOTHER.profile, isAdult: false } }, TODAY],
    ["a bad date", MOTHER, "2026-02-30"],
    [
      "a blocked action without a barrier",
      {
        ...MOTHER,
        plan: {
          ...MOTHER.plan,
          actions: [{ id: "a", domain: "legal", actionId: "rights-information", status: "blocked" }],
        },
      },
      TODAY,
    ],
  ] as [string, PlanCheckInput, string][])("rejects %s", (_name, input, today) => {
    expect(() => checkPlan(input, today)).toThrow();
  });
});
