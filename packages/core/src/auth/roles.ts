/**
 * The four roles of the security model (issue 4): least privilege, one role per membership.
 * - caseworker: her own caseload and clients shared with her
 * - manager: every client of her organisation, approvals, dashboards
 * - funder: anonymised indicators only, never a person
 * - admin: users, settings and the provider directory, no client content
 */
export const ROLES = ["caseworker", "manager", "funder", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may see client records at all (a funder and an admin never do). */
export const CLIENT_CONTENT_ROLES = ["caseworker", "manager"] as const satisfies readonly Role[];

export function canSeeClientContent(role: Role): boolean {
  return (CLIENT_CONTENT_ROLES as readonly Role[]).includes(role);
}
