import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translate } from "../i18n/catalogue.ts";
import {
  compareRiskLevels,
  RISK_LEVELS,
  type RiskAnswers,
  type RiskAnswerValue,
  RiskAssessmentSchema,
  riskLevelKey,
  scoreRiskAssessment,
} from "./risk-assessment.ts";
import { RISK_ITEM_IDS, type RiskItemId } from "./risk-items.ts";

function answers(values: Partial<Record<RiskItemId, RiskAnswerValue>>): RiskAnswers {
  return Object.fromEntries(Object.entries(values).map(([id, answer]) => [id, { answer }]));
}

function allNo(): Partial<Record<RiskItemId, RiskAnswerValue>> {
  return Object.fromEntries(RISK_ITEM_IDS.map((id) => [id, "no"]));
}

describe("scoreRiskAssessment", () => {
  it.each([
    ["all no", {}, "low", 0, []],
    [
      "four background items",
      { "poverty-or-debt": "yes", "low-education": "yes", disability: "yes", isolation: "no" },
      "low",
      3,
      ["poverty-or-debt", "low-education", "disability"],
    ],
    [
      "re-trafficking gaps add up",
      { "no-legal-work": "yes", "no-income": "yes", "unsafe-housing": "yes" },
      "medium",
      6,
      ["no-legal-work", "unsafe-housing", "no-income"],
    ],
    ["one control item escalates to high", { "documents-withheld": "yes" }, "high", 3, ["documents-withheld"]],
    [
      "three control items are critical",
      { "debt-bondage": "yes", "threats-to-family": "yes", "technology-control": "yes" },
      "critical",
      9,
      ["debt-bondage", "threats-to-family", "technology-control"],
    ],
    [
      "self-harm risk is critical",
      { "self-harm-risk": "yes", "low-education": "yes" },
      "critical",
      4,
      ["self-harm-risk"],
    ],
    // Split from item 40 (issue 21 item 4): depression or PTSD is common and does not escalate to critical.
    [
      "depression or PTSD is medium, not critical",
      { "depression-or-ptsd": "yes" },
      "medium",
      3,
      ["depression-or-ptsd"],
    ],
    ["inflicted injuries at least high", { "inflicted-injuries": "yes" }, "high", 3, ["inflicted-injuries"]],
    ["other health items at least medium", { "sti-or-pregnancy": "yes" }, "medium", 3, ["sti-or-pregnancy"]],
    [
      "score reaches critical alone",
      {
        "no-legal-work": "yes",
        "insecure-legal-status": "yes",
        "unsafe-housing": "yes",
        "no-childcare": "yes",
        "no-income": "yes",
        "unsafe-return": "yes",
        "deportation-risk": "yes",
        "limited-legal-routes": "yes",
        isolation: "yes",
        "unfamiliar-systems": "yes",
      },
      "critical",
      20,
      [
        "no-legal-work",
        "insecure-legal-status",
        "unsafe-housing",
        "no-childcare",
        "no-income",
        "unsafe-return",
        "deportation-risk",
        "limited-legal-routes",
        "isolation",
        "unfamiliar-systems",
      ],
    ],
  ] as const)("%s → %s", (_name, values, level, total, drivers) => {
    const score = scoreRiskAssessment(answers({ ...allNo(), ...values }));
    expect(score.level).toBe(level);
    expect(score.total).toBe(total);
    expect(score.drivers).toEqual(drivers);
    expect(score.unanswered).toEqual([]);
  });

  it("counts per group with the documented weights", () => {
    const score = scoreRiskAssessment(
      answers({ "poverty-or-debt": "yes", "debt-bondage": "yes", isolation: "unknown" }),
    );
    const b = score.groups.find((g) => g.group === "b");
    expect(b).toMatchObject({ weight: 3, yes: 1, score: 3, yesItems: ["debt-bondage"] });
    const c = score.groups.find((g) => g.group === "c");
    expect(c).toMatchObject({ weight: 2, yes: 0, unknown: 1, score: 0 });
    expect(score.total).toBe(4);
  });

  it("surfaces unknowns as to be clarified, never as yes", () => {
    const unknownControl = scoreRiskAssessment(
      answers({ ...allNo(), "debt-bondage": "unknown", "self-harm-risk": "unknown" }),
    );
    expect(unknownControl.level).toBe("low");
    expect(unknownControl.total).toBe(0);
    expect(unknownControl.toClarify).toEqual(["debt-bondage", "self-harm-risk"]);
    expect(unknownControl.clarifyFirst).toEqual(["debt-bondage", "self-harm-risk"]);
    const unknownBackground = scoreRiskAssessment(answers({ "low-education": "unknown", isolation: "unknown" }));
    expect(unknownBackground.toClarify).toEqual(["low-education", "isolation"]);
    expect(unknownBackground.clarifyFirst).toEqual([]);
  });

  it("lists unanswered items separately", () => {
    const score = scoreRiskAssessment({});
    expect(score.unanswered).toHaveLength(44);
    expect(score.toClarify).toEqual([]);
    expect(score.level).toBe("low");
  });

  it("never lowers the level when an answer turns from no or unknown into yes", () => {
    const answerArb = fc.dictionary(
      fc.constantFrom(...RISK_ITEM_IDS),
      fc.constantFrom<RiskAnswerValue>("yes", "no", "unknown"),
    );
    fc.assert(
      fc.property(answerArb, fc.constantFrom(...RISK_ITEM_IDS), (values, extra) => {
        const before = scoreRiskAssessment(answers(values));
        const after = scoreRiskAssessment(answers({ ...values, [extra]: "yes" }));
        expect(compareRiskLevels(after.level, before.level)).toBeGreaterThanOrEqual(0);
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        expect(after.drivers.length).toBeGreaterThanOrEqual(after.level === "low" && after.total === 0 ? 0 : 1);
      }),
    );
  });
});

describe("RiskAssessmentSchema", () => {
  it.each([
    [{ assessedOn: "2026-11-23", answers: { "debt-bondage": { answer: "yes", note: "says she owes €40,000" } } }, true],
    [{ assessedOn: "2026-11-23", answers: {} }, true],
    [{ assessedOn: "2026-11-23", answers: { "debt-bondage": { answer: "maybe" } } }, false],
    [{ assessedOn: "2026-11-23", answers: { "no-such-item": { answer: "yes" } } }, false],
    [{ assessedOn: "23.11.2026", answers: {} }, false],
    [{ assessedOn: "2026-11-23", answers: { isolation: { answer: "no", note: "x".repeat(1001) } } }, false],
  ])("%j valid: %s", (input, valid) => {
    expect(RiskAssessmentSchema.safeParse(input).success).toBe(valid);
  });
});

describe("risk levels", () => {
  it.each(RISK_LEVELS)("%s has a label", (level) => {
    expect(translate("de", riskLevelKey(level))).not.toBe(riskLevelKey(level));
  });

  it.each([
    ["low", "critical", -3],
    ["high", "medium", 1],
    ["medium", "medium", 0],
  ] as const)("compare %s with %s", (a, b, expected) => {
    expect(compareRiskLevels(a, b)).toBe(expected);
  });
});
