import type { ActionStatus } from "./plan.ts";

/**
 * The one definition of an overdue step (issue 16), used by the caseload, her overview, the
 * plan page, the printed plan and the manager's indicators: a step that is still open
 * (planned or in progress) whose due date has passed (due strictly before today).
 *
 * A blocked step does NOT count as overdue: it waits on a barrier (no place, no childcare, her
 * legal status) that pushing the step cannot remove, so it is shown as blocked, with its barrier,
 * and the blocked-actions check asks for the barrier to be worked on. Done and cancelled steps
 * are never overdue; a step without a due date never is.
 */
export const OVERDUE_STATUSES = ["planned", "in-progress"] as const satisfies readonly ActionStatus[];

export function isOverdue(
  step: { readonly status: ActionStatus; readonly dueDate?: string | null | undefined },
  today: string,
): boolean {
  const open = (OVERDUE_STATUSES as readonly ActionStatus[]).includes(step.status);
  return open && typeof step.dueDate === "string" && step.dueDate < today;
}
