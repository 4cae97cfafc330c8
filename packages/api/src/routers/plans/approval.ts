import {
  ApprovedContentSchema,
  approvalRefusal,
  approvedContentOf,
  awaitsApproval,
  changesSinceApproval,
  checkPlan,
  type PlanChange,
  type PrincipleId,
  unmetPrinciples,
} from "@gesim/core";
import { actions, and, asc, clients, eq, goals, inArray, isNull, plans, users } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { goalText, narrativeReader } from "../../crypto/narrative.ts";
import { organisationToday } from "../../organisation-today.ts";
import { loadPlanCheckConfig } from "../../queries/plan-check-config.ts";
import { buildCheckInput, loadPlanBundle, type PlanBundle } from "../../queries/plans.ts";
import { organisationProcedure } from "../../trpc.ts";
import type { PlanCtx, PlanRef } from "./plan-row.ts";

/**
 * Approval (issue 16): what a manager approved is kept on the plan (ids and domains only), so
 * a material change afterwards shows as "changed since approval" and waits for her again.
 */

type Item = { id: string; domain: Parameters<typeof approvedContentOf>[0]["goals"][number]["domain"] };

/** What was approved, or null (never approved, or a snapshot this version cannot read). */
export function approvedContentOfRow(row: { approvedContent: unknown }) {
  const parsed = ApprovedContentSchema.safeParse(row.approvedContent);
  return parsed.success ? parsed.data : null;
}

/** The plan's material content now, from its goal and action rows. */
export function currentContent(
  goalRows: readonly Item[],
  actionRows: readonly (Item & { catalogueActionId: string | null })[],
  agreedByClient: boolean,
) {
  const steps = actionRows.map(({ id, domain, catalogueActionId }) => ({ id, domain, actionId: catalogueActionId }));
  return approvedContentOf({ goals: goalRows, steps, agreedByClient });
}

/** The principles her plan leaves unmet today, as the plan page's checks find them. */
async function unmetOf(ctx: PlanCtx, bundle: PlanBundle, config?: Awaited<ReturnType<typeof loadPlanCheckConfig>>) {
  const checks = config ?? (await loadPlanCheckConfig(ctx.db, ctx.session.organisationId));
  return unmetPrinciples(checkPlan(buildCheckInput(bundle, checks), organisationToday(ctx)));
}

/**
 * Loads the plan the manager decides on and checks core's rule: a submitted plan, or an
 * approved one changed since. Returns what to keep as approved and the principles it leaves
 * unmet. NOT_FOUND, CONFLICT (stale version) or PRECONDITION_FAILED with the reason.
 */
export async function decidablePlan(
  ctx: PlanCtx,
  ref: PlanRef,
): Promise<{
  content: ReturnType<typeof currentContent>;
  unmet: PrincipleId[];
}> {
  const bundle = await loadPlanBundle(ctx.db, ctx.session.organisationId, ref.clientId);
  if (!bundle?.plan || bundle.plan.id !== ref.planId)
    throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
  if (bundle.plan.version !== ref.version) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
  const content = currentContent(bundle.goals, bundle.actions, bundle.plan.agreedByClient);
  const refusal = approvalRefusal(bundle.plan.status, changesSinceApproval(approvedContentOfRow(bundle.plan), content));
  if (refusal) throw new TRPCError({ code: "PRECONDITION_FAILED", message: refusal });
  return { content, unmet: await unmetOf(ctx, bundle) };
}

type QueueChange = PlanChange & { goalText: string | null; actionId: string | null; freeText: string | null };

/**
 * The manager's queue: plans submitted for approval and approved plans changed since, oldest
 * first (by when they were submitted or changed), with what changed. Managers of the
 * organisation; erased records are left out. The read is audited once.
 */
export const approvalQueue = organisationProcedure("manager")
  .input(z.object({}).strict().default({}))
  .query(async ({ ctx }) => {
    const { organisationId, userId } = ctx.session;
    const rows = await ctx.db
      .select({
        planId: plans.id,
        clientId: plans.clientId,
        pseudonym: clients.pseudonym,
        caseworkerName: users.displayName,
        status: plans.status,
        version: plans.version,
        agreedByClient: plans.agreedByClient,
        approvedContent: plans.approvedContent,
        submittedAt: plans.submittedAt,
        updatedAt: plans.updatedAt,
      })
      .from(plans)
      .innerJoin(clients, and(eq(clients.id, plans.clientId), eq(clients.organisationId, organisationId)))
      .leftJoin(users, eq(users.id, clients.caseworkerId))
      .where(
        and(
          eq(plans.organisationId, organisationId),
          inArray(plans.status, ["submitted", "approved"]),
          isNull(clients.erasedAt),
        ),
      )
      .orderBy(asc(plans.submittedAt))
      .limit(500);
    const planIds = rows.map((row) => row.planId);
    const [goalRows, actionRows] = planIds.length
      ? await Promise.all([
          ctx.db
            .select({
              id: goals.id,
              planId: goals.planId,
              domain: goals.domain,
              textCipher: goals.textCipher,
              legacyText: goals.legacyText,
            })
            .from(goals)
            .where(and(eq(goals.organisationId, organisationId), inArray(goals.planId, planIds))),
          ctx.db
            .select({
              id: actions.id,
              planId: actions.planId,
              domain: actions.domain,
              catalogueActionId: actions.catalogueActionId,
              freeTextCipher: actions.freeTextCipher,
              legacyFreeText: actions.legacyFreeText,
            })
            .from(actions)
            .where(and(eq(actions.organisationId, organisationId), inArray(actions.planId, planIds))),
        ])
      : [[], []];
    const reader = narrativeReader(ctx.cipher);
    const waiting = rows
      .map((row) => {
        const ownGoals = goalRows.filter((goal) => goal.planId === row.planId);
        const ownActions = actionRows.filter((action) => action.planId === row.planId);
        const changes = changesSinceApproval(
          row.status === "approved" ? approvedContentOfRow(row) : null,
          currentContent(ownGoals, ownActions, row.agreedByClient),
        );
        const described: QueueChange[] = changes.map((change) => {
          const goal = ownGoals.find((g) => g.id === change.id);
          const action = ownActions.find((a) => a.id === change.id);
          return {
            ...change,
            goalText: change.kind === "goal-added" && goal ? goalText(reader, goal) : null,
            actionId: change.kind === "step-added" ? (action?.catalogueActionId ?? null) : null,
            freeText:
              change.kind === "step-added" && action ? reader.text(action.freeTextCipher, action.legacyFreeText) : null,
          };
        });
        const waitingSince = row.status === "submitted" ? (row.submittedAt ?? row.updatedAt) : row.updatedAt;
        const { approvedContent: _, agreedByClient: __, submittedAt: ___, updatedAt: ____, ...shown } = row;
        return {
          ...shown,
          waitingSince,
          changes: described,
          awaits: awaitsApproval(row.status, changes),
        };
      })
      .filter((item) => item.awaits)
      .map(({ awaits: _, ...item }) => item)
      .sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime());
    // What each waiting plan leaves unmet (the plan page's checks), only for the plans in the queue.
    const config = await loadPlanCheckConfig(ctx.db, organisationId);
    const queue: ((typeof waiting)[number] & { unmet: PrincipleId[] })[] = [];
    for (const item of waiting) {
      const bundle = await loadPlanBundle(ctx.db, organisationId, item.clientId);
      /** The principles still unmet (a gap): approving asks the manager to confirm them. */
      queue.push({ ...item, unmet: bundle ? await unmetOf(ctx, bundle, config) : [] });
    }
    await recordAudit(
      ctx.db,
      {
        organisationId,
        actorUserId: userId,
        action: "plans.approvalQueue",
        entityType: "organisation",
        entityId: organisationId,
      },
      ctx.now,
    );
    return queue;
  });
