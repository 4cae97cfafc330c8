import { describe, expect, test } from "vitest";
import { checkPlan } from "./check-plan.ts";
import { PLAN_RULES } from "./rules/index.ts";
import { recogniseSuggestions } from "./suggestion-recognition.ts";
import { action, BASE_PLAN, BASE_PROFILE, TODAY } from "./test-fixtures.ts";
import type { Finding } from "./types.ts";

const THERAPY = { ...BASE_PROFILE, needs: { therapy: "high" as const } };
const byRule = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
const suggested = (findings: Finding[]) =>
  findings.flatMap((f) => (f.suggestedAction ? [f.suggestedAction.actionId] : []));

describe("recognition of suggested steps", () => {
  test("P8 without a safety plan suggests one; once it is in the plan the finding is in progress, no suggestion", () => {
    const before = byRule(checkPlan({ profile: BASE_PROFILE, plan: BASE_PLAN }, TODAY), "safety-review-due");
    expect(before).toMatchObject([{ severity: "gap", suggestedAction: { actionId: "safety-plan" } }]);
    const plan = { ...BASE_PLAN, actions: [action("safety-plan")] };
    const after = byRule(checkPlan({ profile: BASE_PROFILE, plan }, TODAY), "safety-review-due");
    expect(after).toEqual([
      expect.objectContaining({ severity: "warning", inPlan: { domain: "digital-safety", actionId: "safety-plan" } }),
    ]);
    expect(after[0]?.suggestedAction).toBeUndefined();
  });

  test("P8 is met once the safety plan has a date, whatever the steps", () => {
    const plan = { ...BASE_PLAN, lastSafetyReviewDate: "2026-02-20", actions: [action("safety-plan")] };
    expect(byRule(checkPlan({ profile: BASE_PROFILE, plan }, TODAY), "safety-review-due")).toMatchObject([
      { severity: "met" },
    ]);
  });

  test("no finding suggests a step that is already planned, running or done anywhere in the plan", () => {
    const first = checkPlan({ profile: THERAPY, plan: BASE_PLAN }, TODAY);
    const actions = suggested(first).map((id, i) => action(id, (["planned", "in-progress", "done"] as const)[i % 3]));
    const second = checkPlan({ profile: THERAPY, plan: { ...BASE_PLAN, actions } }, TODAY);
    for (const id of suggested(second)) expect(actions.map((a) => a.actionId)).not.toContain(id);
  });

  test("P5 with the therapy step blocked suggests the alternative, never the blocked step again", () => {
    const plan = { ...BASE_PLAN, actions: [action("trauma-therapy", "blocked")] };
    const findings = byRule(checkPlan({ profile: THERAPY, plan }, TODAY), "therapy-need-without-support");
    expect(findings).toMatchObject([{ severity: "gap", suggestedAction: { actionId: "crisis-support" } }]);
  });

  test("every step of the domain blocked → the gap stays, with nothing left to suggest", () => {
    const plan = {
      ...BASE_PLAN,
      actions: ["psychological-assessment", "trauma-therapy", "crisis-support"].map((id) => action(id, "blocked")),
    };
    const [finding] = byRule(checkPlan({ profile: THERAPY, plan }, TODAY), "therapy-need-without-support");
    expect(finding?.severity).toBe("gap");
    expect(finding?.suggestedAction).toBeUndefined();
    expect(finding?.inPlan).toBeUndefined();
  });

  test("two findings suggesting the same step offer it once", () => {
    const finding = (id: string): Finding => ({
      id,
      ruleId: id,
      principle: "principle-08",
      severity: "gap",
      messageKey: "check.safety-review-due.missing",
      params: {},
      suggestedAction: { domain: "digital-safety", actionId: "safety-plan" },
    });
    const out = recogniseSuggestions([finding("a"), finding("b")], BASE_PLAN, PLAN_RULES);
    expect(out.map((f) => f.suggestedAction?.actionId)).toEqual(["safety-plan", undefined]);
    expect(out.map((f) => f.severity)).toEqual(["gap", "gap"]);
  });

  test("findings without a suggestion pass unchanged", () => {
    const met: Finding = {
      id: "x",
      ruleId: "x",
      principle: "principle-01",
      severity: "met",
      messageKey: "check.safety-review-due.met",
      params: {},
    };
    expect(recogniseSuggestions([met], { actions: [action("safety-plan")] }, PLAN_RULES)).toEqual([met]);
  });
});
