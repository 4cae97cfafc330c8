import { changesSinceApproval, checkPlan, pathwayProgress, principleCoverage } from "@gesim/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { FieldCipher } from "../../crypto/field-cipher.ts";
import { NARRATIVE_NOT_READ, narrativeReader } from "../../crypto/narrative.ts";
import { organisationToday } from "../../organisation-today.ts";
import { loadPlanCheckConfig } from "../../queries/plan-check-config.ts";
import {
  buildCheckInput,
  ladderComparison,
  loadPlanBundle,
  type PlanBundle,
  toPlanAction,
  toPlanGoal,
} from "../../queries/plans.ts";
import { clientProcedure } from "../../trpc.ts";
import { approvedContentOfRow, currentContent } from "./approval.ts";
import { auditPlan, planView } from "./plan-row.ts";

function goalsView(cipher: FieldCipher, bundle: PlanBundle) {
  const reader = narrativeReader(cipher);
  return bundle.goals.map((row) => ({ ...toPlanGoal(row, reader), position: row.position }));
}

function actionsView(cipher: FieldCipher, bundle: PlanBundle) {
  const reader = narrativeReader(cipher);
  return bundle.actions.map((row) => ({
    ...toPlanAction(row, reader),
    goalId: row.goalId,
    startedOn: row.startedOn,
    completedOn: row.completedOn,
    position: row.position,
  }));
}

/**
 * Her plan with its goals and actions, what core's checks find (per principle), and progress
 * per pathway. A client without a plan yet gets `plan: null` and the checks of an empty draft.
 * Caseworker (her caseload and shared clients) and manager. A fixed number of queries.
 */
export const getPlan = clientProcedure("caseworker", "manager")
  .input(z.object({ clientId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const bundle = await loadPlanBundle(ctx.db, ctx.session.organisationId, input.clientId);
    if (!bundle) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
    const config = await loadPlanCheckConfig(ctx.db, ctx.session.organisationId);
    const findings = checkPlan(buildCheckInput(bundle, config), organisationToday(ctx));
    await auditPlan(ctx, "plan.read", bundle.plan?.id ?? input.clientId);
    return {
      plan: bundle.plan ? planView(ctx.cipher, bundle.plan) : null,
      goals: goalsView(ctx.cipher, bundle),
      actions: actionsView(ctx.cipher, bundle),
      findings,
      coverage: principleCoverage(findings),
      progress: pathwayProgress(
        bundle.goals.map((row) => toPlanGoal(row, NARRATIVE_NOT_READ)),
        ladderComparison(bundle),
      ),
      /** Material changes since a manager approved it (issue 16); empty unless it is approved. */
      changesSinceApproval:
        bundle.plan?.status === "approved"
          ? changesSinceApproval(
              approvedContentOfRow(bundle.plan),
              currentContent(bundle.goals, bundle.actions, bundle.plan.agreedByClient),
            )
          : [],
    };
  });
