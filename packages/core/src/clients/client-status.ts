/** Where a woman's support stands. A closed case keeps its statistical facts (see closure reasons). */
export const CLIENT_STATUSES = ["intake", "active", "paused", "closed"] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/**
 * Where a case may go from each status (issue 16). Intake, active and paused move freely
 * forward and back between active and paused, never back to intake once support started;
 * any open case can be closed (with reasons, see ClosureSchema); a closed case can only be
 * reopened, as active. Moving to the status it has is no transition.
 */
export const CLIENT_STATUS_TRANSITIONS: Readonly<Record<ClientStatus, readonly ClientStatus[]>> = {
  intake: ["active", "paused", "closed"],
  active: ["paused", "closed"],
  paused: ["active", "closed"],
  closed: ["active"],
};

export function nextClientStatuses(from: ClientStatus): readonly ClientStatus[] {
  return CLIENT_STATUS_TRANSITIONS[from];
}

export function canMoveClientStatus(from: ClientStatus, to: ClientStatus): boolean {
  return CLIENT_STATUS_TRANSITIONS[from].includes(to);
}

/**
 * Who may close a case: a manager always; her caseworker only when the organisation does not
 * ask for a manager's confirmation (an organisation setting, on by default).
 */
export function canCloseAs(role: string, closureNeedsManager: boolean): boolean {
  return role === "manager" || !closureNeedsManager;
}
