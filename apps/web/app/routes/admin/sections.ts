import type { Role } from "@gesim/core/browser";

/**
 * The administration's sections (issue 17), in the order of its navigation. One entry per
 * page: its path under /admin, its label's message key, and the roles that see it (the page's
 * own loader still asks the API, which decides). Add a section here and its route in routes.ts.
 */
export type AdminSection = { path: string; labelKey: string; roles: readonly Role[] };

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { path: "staff", labelKey: "adminNav.staff", roles: ["admin"] },
  { path: "settings", labelKey: "adminNav.settings", roles: ["admin", "manager"] },
  { path: "providers", labelKey: "adminNav.providers", roles: ["admin", "manager"] },
  { path: "funding", labelKey: "adminNav.funding", roles: ["admin", "manager"] },
  { path: "oversight", labelKey: "adminNav.oversight", roles: ["manager", "admin"] },
  { path: "activity", labelKey: "adminNav.activity", roles: ["admin", "manager"] },
];

/** The sections this role sees; none means the administration is not hers. */
export function adminSectionsFor(role: Role): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => section.roles.includes(role));
}

/** Whether this role sees the section at this path (a page's loader answers 403 otherwise). */
export function isAdminSectionFor(role: Role, path: string): boolean {
  return adminSectionsFor(role).some((section) => section.path === path);
}
