import { z } from "zod";
import { DOMAIN_IDS } from "../domains/domain-ids.ts";
import type { Finding } from "../plan-checks/types.ts";
import { PRINCIPLE_IDS, type PrincipleId } from "../principles/principle-ids.ts";

/**
 * What a manager approved (issue 16): the plan's goals and steps by id and domain, and whether
 * she had agreed. Kept on the plan so a later material change shows as "changed since
 * approval" and needs a new approval. Ids, domains and catalogue ids only: no words of hers,
 * so nothing here needs erasing.
 */
export const ApprovedContentSchema = z.object({
  goals: z.array(z.object({ id: z.string(), domain: z.enum(DOMAIN_IDS) })),
  steps: z.array(z.object({ id: z.string(), domain: z.enum(DOMAIN_IDS), actionId: z.string().nullable() })),
  agreedByClient: z.boolean(),
});
export type ApprovedContent = z.infer<typeof ApprovedContentSchema>;

export type PlanChangeKind = "goal-added" | "goal-removed" | "step-added" | "step-removed" | "agreement-withdrawn";
/** One material change since approval: which goal or step (by id), in which domain. */
export type PlanChange = { kind: PlanChangeKind; id: string | null; domain: string | null };

/** The material content of a plan now, as it would be kept on approval. */
export function approvedContentOf(plan: {
  goals: readonly { id: string; domain: (typeof DOMAIN_IDS)[number] }[];
  steps: readonly { id: string; domain: (typeof DOMAIN_IDS)[number]; actionId?: string | null | undefined }[];
  agreedByClient: boolean;
}): ApprovedContent {
  return {
    goals: plan.goals.map(({ id, domain }) => ({ id, domain })),
    steps: plan.steps.map(({ id, domain, actionId }) => ({ id, domain, actionId: actionId ?? null })),
    agreedByClient: plan.agreedByClient,
  };
}

function added<T extends { id: string }>(before: readonly T[], now: readonly T[]): T[] {
  const known = new Set(before.map((item) => item.id));
  return now.filter((item) => !known.has(item.id));
}

/**
 * The material changes between what was approved and the plan now: goals or steps added or
 * removed, her agreement withdrawn. Rewording, dates and step statuses are the plan's normal
 * life and need no new approval. Nothing approved yet: no changes.
 */
export function changesSinceApproval(approved: ApprovedContent | null, now: ApprovedContent): PlanChange[] {
  if (!approved) return [];
  const change = (kind: PlanChangeKind) => (item: { id: string; domain: string }) => ({
    kind,
    id: item.id,
    domain: item.domain,
  });
  return [
    ...added(approved.goals, now.goals).map(change("goal-added")),
    ...added(now.goals, approved.goals).map(change("goal-removed")),
    ...added(approved.steps, now.steps).map(change("step-added")),
    ...added(now.steps, approved.steps).map(change("step-removed")),
    ...(approved.agreedByClient && !now.agreedByClient
      ? [{ kind: "agreement-withdrawn" as const, id: null, domain: null }]
      : []),
  ];
}

/**
 * Whether a manager may approve: a submitted plan, or an approved one changed since (its new
 * approval). Returns the refusal's message key, or null.
 */
export function approvalRefusal(
  status: string,
  changes: readonly PlanChange[],
): "plan.error.wrongStatus" | "plan.error.unchangedSinceApproval" | null {
  if (status === "submitted") return null;
  if (status === "approved") return changes.length > 0 ? null : "plan.error.unchangedSinceApproval";
  return "plan.error.wrongStatus";
}

/** A plan waiting for a manager: submitted, or approved and changed since. */
export function awaitsApproval(status: string, changes: readonly PlanChange[]): boolean {
  return status === "submitted" || (status === "approved" && changes.length > 0);
}

/**
 * The principles a plan leaves unmet (a `gap` among their findings), in principle order: what
 * the manager's queue shows, and what approving asks her to confirm (issue 16).
 */
export function unmetPrinciples(findings: readonly Pick<Finding, "principle" | "severity">[]): PrincipleId[] {
  return PRINCIPLE_IDS.filter((principle) =>
    findings.some((finding) => finding.principle === principle && finding.severity === "gap"),
  );
}

/** Approving a plan with open gaps needs the manager's explicit confirmation; null when it may go ahead. */
export function openGapsRefusal(
  unmet: readonly PrincipleId[],
  confirmed: boolean,
): "plan.error.confirmOpenGaps" | null {
  return unmet.length > 0 && !confirmed ? "plan.error.confirmOpenGaps" : null;
}
