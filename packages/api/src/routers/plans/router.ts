import type { TRPCRouterRecord } from "@trpc/server";
import { addAction, removeAction, updateAction } from "./actions.ts";
import { approvalQueue } from "./approval.ts";
import { getPlan } from "./get-plan.ts";
import { addGoal, removeGoal, updateGoal } from "./goals.ts";
import { createPlan, updatePlan } from "./plan-fields.ts";
import { approvePlan, returnPlan, submitPlan } from "./status.ts";

/**
 * Her integration plan. Every change names the plan `version` it was made on and raises it,
 * so two people editing the same plan cannot overwrite each other (stale → CONFLICT).
 */
export const plansRouter = {
  get: getPlan,
  create: createPlan,
  update: updatePlan,
  addGoal,
  updateGoal,
  removeGoal,
  addAction,
  updateAction,
  removeAction,
  submit: submitPlan,
  approve: approvePlan,
  return: returnPlan,
  approvalQueue,
} satisfies TRPCRouterRecord;
