import { describe, expect, test } from "vitest";
import { RISK_LEVELS } from "../assessments/risk-assessment.ts";
import { COOPERATION_CHOICES } from "../plan/client-profile.ts";
import { checkPlan } from "./check-plan.ts";
import { factsRead } from "./facts-read.ts";
import { generateInput, seededRandom } from "./generated-inputs.ts";
import { PLAN_RULES } from "./rules/index.ts";
import type { PlanCheckInput, PlanRule } from "./types.ts";

/** Properties of the whole rule set over generated women (issue 21 "How it is shown"). */
const random = seededRandom(21);
const WOMEN: PlanCheckInput[] = Array.from({ length: 400 }, () => generateInput(random));
const TODAY = "2026-03-01";

describe("plan checks over generated women", () => {
  test.each(PLAN_RULES.map((rule) => [rule.id, rule] as const))(
    "%s never reads her cooperation choice",
    (_id, rule) => {
      const facts = factsRead(rule);
      expect(facts.length).toBeGreaterThan(0);
      expect(facts).not.toContain("profile.cooperationWithAuthorities");
    },
  );

  test("the measurement sees a rule that would read it", () => {
    const reader: PlanRule = {
      id: "reads-cooperation",
      principle: "principle-01",
      descriptionKey: "check.plan-has-goals.description",
      suggests: [],
      check: ({ profile }) => (profile.cooperationWithAuthorities === "cooperating" ? [] : []),
    };
    expect(factsRead(reader)).toEqual(["profile.cooperationWithAuthorities"]);
  });

  test("no finding changes with her choice about cooperating with the authorities", () => {
    for (const woman of WOMEN) {
      const baseline = checkPlan(woman, TODAY);
      for (const choice of COOPERATION_CHOICES) {
        const recorded = { ...woman, profile: { ...woman.profile, cooperationWithAuthorities: choice } };
        expect(checkPlan(recorded, TODAY)).toEqual(baseline);
      }
    }
  });

  test("no rule with a grace window reports a gap on her first day, nor inside the window", () => {
    const graceRules = new Set(PLAN_RULES.filter((rule) => rule.graceWindow).map((rule) => rule.id));
    expect(graceRules.size).toBeGreaterThan(15);
    for (const woman of WOMEN) {
      const first = woman.profile.firstContactDate;
      for (const today of [first, "2026-01-15"]) {
        const gaps = checkPlan(woman, today).filter((f) => graceRules.has(f.ruleId) && f.severity === "gap");
        expect(gaps).toEqual([]);
      }
    }
  });

  test("after the window the same rules can report gaps again", () => {
    const graceRules = new Set(PLAN_RULES.filter((rule) => rule.graceWindow).map((rule) => rule.id));
    const later = WOMEN.flatMap((woman) => checkPlan(woman, TODAY)).filter(
      (f) => graceRules.has(f.ruleId) && f.severity === "gap",
    );
    expect(later.length).toBeGreaterThan(0);
  });

  test("the risk level distribution is plausible: not mostly critical", () => {
    const levels = WOMEN.map((woman) => woman.profile.riskLevel ?? "low");
    const share = (level: string) => levels.filter((l) => l === level).length / levels.length;
    for (const level of RISK_LEVELS) expect(share(level), level).toBeLessThan(0.6);
    expect(share("critical")).toBeLessThan(0.2);
  });

  test("the digital-safety check is calibrated: it does not fire for everyone at high risk", () => {
    const fired = WOMEN.filter((woman) =>
      checkPlan(woman, TODAY).some((f) => f.ruleId === "digital-safety-for-high-risk" && f.severity === "warning"),
    ).length;
    const highOrCritical = WOMEN.filter((w) => w.profile.riskLevel === "high" || w.profile.riskLevel === "critical");
    expect(fired).toBeLessThan(highOrCritical.length / 2);
    expect(fired / WOMEN.length).toBeLessThan(0.25);
  });
});
