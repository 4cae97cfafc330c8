// Writing the plan row: every change to a plan, its goals or its actions goes through
// `bumpPlan`, which raises the plan's version only if the caller read the current one.
import type { PLAN_STATUSES } from "@gesim/core";
import { and, type Database, eq, goals, inArray, memberships, plans, serviceProviders, sql } from "@gesim/db";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../../audit/record-audit.ts";
import type { SessionUser } from "../../auth/sessions.ts";
import type { FieldCipher } from "../../crypto/field-cipher.ts";
import type { PlanRow } from "../../queries/plans.ts";

export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type PlanCtx = { db: Database; session: SessionUser; now: Date; cipher: FieldCipher };
export type PlanRef = { clientId: string; planId: string; version: number };

/**
 * [inference] The approval workflow: caseworker or manager submits a draft or returned plan;
 * a manager approves it or returns it with a comment. (Pure; a candidate for @gesim/core.)
 */
export const PLAN_TRANSITIONS = {
  submit: { from: ["draft", "returned"], to: "submitted" },
  // An approved plan changed since is decided on again (core approvalRefusal says when).
  approve: { from: ["submitted", "approved"], to: "approved" },
  return: { from: ["submitted", "approved"], to: "returned" },
} as const satisfies Record<string, { from: readonly PlanStatus[]; to: PlanStatus }>;

const notFound = () => new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });

/**
 * `update plans … where version = ?` with `version = version + 1`. No row updated: the plan is
 * not this client's (NOT_FOUND), someone changed it since it was read (CONFLICT), or it is not
 * in a status the change is allowed from (PRECONDITION_FAILED).
 */
export async function bumpPlan(
  ctx: PlanCtx,
  ref: PlanRef,
  set: Partial<typeof plans.$inferInsert> = {},
  from?: readonly PlanStatus[],
): Promise<PlanRow> {
  const thisPlan = and(
    eq(plans.id, ref.planId),
    eq(plans.clientId, ref.clientId),
    eq(plans.organisationId, ctx.session.organisationId),
  );
  const [row] = await ctx.db
    .update(plans)
    .set({ ...set, version: sql`${plans.version} + 1`, updatedAt: ctx.now })
    .where(and(thisPlan, eq(plans.version, ref.version), from ? inArray(plans.status, [...from]) : undefined))
    .returning();
  if (row) return row;
  const [current] = await ctx.db.select({ version: plans.version }).from(plans).where(thisPlan);
  if (!current) throw notFound();
  if (current.version !== ref.version) throw new TRPCError({ code: "CONFLICT", message: "error.conflict" });
  throw new TRPCError({ code: "PRECONDITION_FAILED", message: "plan.error.wrongStatus" });
}

/** A provider, worker or goal an action points to must be this organisation's (and this plan's). */
export async function assertActionReferences(
  ctx: PlanCtx,
  planId: string,
  refs: { providerId?: string | undefined; responsibleWorkerId?: string | undefined; goalId?: string | undefined },
): Promise<void> {
  const { organisationId } = ctx.session;
  if (refs.providerId) {
    const [provider] = await ctx.db
      .select({ id: serviceProviders.id })
      .from(serviceProviders)
      .where(and(eq(serviceProviders.id, refs.providerId), eq(serviceProviders.organisationId, organisationId)));
    if (!provider) throw notFound();
  }
  if (refs.responsibleWorkerId) {
    const [member] = await ctx.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, refs.responsibleWorkerId),
          eq(memberships.organisationId, organisationId),
          eq(memberships.active, true),
        ),
      );
    if (!member) throw notFound();
  }
  if (refs.goalId) {
    const [goal] = await ctx.db
      .select({ id: goals.id })
      .from(goals)
      .where(and(eq(goals.id, refs.goalId), eq(goals.planId, planId), eq(goals.organisationId, organisationId)));
    if (!goal) throw notFound();
  }
}

export function auditPlan(ctx: PlanCtx, action: string, planId: string): Promise<void> {
  const { organisationId, userId } = ctx.session;
  return recordAudit(
    ctx.db,
    { organisationId, actorUserId: userId, action, entityType: "plan", entityId: planId },
    ctx.now,
  );
}

/** The plan as callers see it: the manager's return comment decrypted, no tenant columns. */
export function planView(cipher: FieldCipher, row: PlanRow) {
  const { organisationId: _org, createdAt: _created, approvedContent: _approved, returnComment, ...rest } = row;
  return { ...rest, returnComment: returnComment ? cipher.decrypt(returnComment) : null };
}
