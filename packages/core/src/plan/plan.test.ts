import { describe, expect, test } from "vitest";
import { BASE_PLAN, goal } from "../plan-checks/test-fixtures.ts";
import { PlanActionSchema, PlanGoalSchema, PlanSchema } from "./plan.ts";

describe("PlanActionSchema", () => {
  const base = { id: "a1", domain: "childcare", actionId: "childcare-place", status: "planned" };
  const cases: [string, Record<string, unknown>, string | null][] = [
    ["a catalogue action", {}, null],
    ["free text only", { actionId: undefined, freeText: "Visit the kindergarten together" }, null],
    ["neither id nor text", { actionId: undefined }, "plan.error.actionNeedsIdOrText"],
    ["an action from another domain", { actionId: "trauma-therapy" }, "plan.error.unknownAction"],
    ["an unknown action", { actionId: "no-such-action" }, "plan.error.unknownAction"],
    ["blocked without a barrier", { status: "blocked" }, "plan.error.barrierRequired"],
    ["blocked with a barrier", { status: "blocked", barrierReason: "waiting-list" }, null],
    ["a bad due date", { dueDate: "2026-04-31" }, "plan.error.invalidDate"],
  ];
  test.each(cases)("%s", (_name, patch, error) => {
    const result = PlanActionSchema.safeParse({ ...base, ...patch });
    expect(result.success).toBe(error === null);
    if (error !== null) expect(result.error?.issues.map((issue) => issue.message)).toContain(error);
  });
});

describe("PlanGoalSchema", () => {
  const cases: [string, Record<string, unknown>, boolean][] = [
    ["a goal in her words", {}, true],
    ["GAS level +3", { currentGasLevel: 3 }, false],
    ["GAS level −2", { currentGasLevel: -2 }, true],
    ["empty text", { text: "  " }, false],
    ["text too long", { text: "x".repeat(501) }, false],
    ["partial GAS descriptions", { gasLevels: { zero: "I have my own flat" } }, true],
  ];
  test.each(cases)("%s", (_name, patch, valid) => {
    expect(PlanGoalSchema.safeParse({ ...goal("g1", "accommodation"), ...patch }).success).toBe(valid);
  });
});

describe("PlanSchema", () => {
  const cases: [string, Record<string, unknown>, string | null][] = [
    ["an empty draft", {}, null],
    ["agreed without a date", { agreedByClient: true }, "plan.error.agreementDateRequired"],
    ["agreed with a date", { agreedByClient: true, agreedOn: "2026-02-01" }, null],
    ["conditions are recorded so checks can flag them", { conditionsImposed: ["leaving-prostitution"] }, null],
    ["closure without a reason", { closure: { date: "2026-02-01", reasons: [] } }, "plan.error.closureReasonRequired"],
    ["closure because funding ended", { closure: { date: "2026-02-01", reasons: ["funding-ended"] } }, null],
    ["review notes too long", { reviews: [{ date: "2026-02-01", notes: "x".repeat(2001) }] }, "invalid"],
  ];
  test.each(cases)("%s", (_name, patch, error) => {
    const result = PlanSchema.safeParse({ ...BASE_PLAN, ...patch });
    expect(result.success).toBe(error === null);
    if (error !== null && error !== "invalid")
      expect(result.error?.issues.map((issue) => issue.message)).toContain(error);
  });
});
