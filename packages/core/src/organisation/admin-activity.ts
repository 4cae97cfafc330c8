/**
 * The administration's activity log (issue 17): which audited actions count as administrative
 * changes, grouped by the area of the administration they belong to. An action belongs to an
 * area when it starts with one of the area's prefixes.
 */
export const ADMIN_ACTIVITY_AREAS = {
  staff: ["admin.users.", "admin.invitations.", "admin.twoStep.", "account.invitation."],
  organisation: ["admin.organisation.", "admin.planChecks."],
  providers: ["providers.", "admin.providers."],
  funding: ["admin.funding."],
} as const satisfies Record<string, readonly string[]>;

export type AdminActivityArea = keyof typeof ADMIN_ACTIVITY_AREAS;
export const ADMIN_ACTIVITY_AREA_IDS = Object.keys(ADMIN_ACTIVITY_AREAS) as AdminActivityArea[];

/** The prefixes of one area, or of every area. */
export function adminActivityPrefixes(area: AdminActivityArea | undefined): readonly string[] {
  return area ? ADMIN_ACTIVITY_AREAS[area] : Object.values(ADMIN_ACTIVITY_AREAS).flat();
}
