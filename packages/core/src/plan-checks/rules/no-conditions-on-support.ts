import type { SupportCondition } from "../../plan/plan.ts";
import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const MESSAGE_BY_CONDITION = {
  "cooperation-with-police": "check.no-conditions-on-support.cooperation",
  "cooperation-with-prosecution": "check.no-conditions-on-support.cooperation",
  "testimony-in-court": "check.no-conditions-on-support.cooperation",
  "leaving-prostitution": "check.no-conditions-on-support.leavingProstitution",
  "formal-identification": "check.no-conditions-on-support.identification",
  other: "check.no-conditions-on-support.other",
} as const satisfies Record<SupportCondition, string>;

/**
 * P1: help must never depend on cooperating with police or prosecution, on formal
 * identification or on leaving prostitution (domain.md §1.7 P1, indicator 1.3;
 * [000:60, 000:142, 002:717, 003:187 ¶55, 004:171]). Every condition is a hard gap.
 */
export const noConditionsOnSupport: PlanRule = {
  id: "no-conditions-on-support",
  principle: "principle-01",
  descriptionKey: "check.no-conditions-on-support.description",
  suggests: [],
  check({ plan }) {
    if (plan.conditionsImposed.length === 0) {
      return [makeFinding(this, "met", "check.no-conditions-on-support.met")];
    }
    return plan.conditionsImposed.map((condition) =>
      makeFinding(this, "gap", MESSAGE_BY_CONDITION[condition], { subject: condition }),
    );
  },
};
