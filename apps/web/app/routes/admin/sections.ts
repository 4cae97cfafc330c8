import type { Role } from "@gesim/core";

/** The administration's pages (issue 17), in the order of its navigation, with who may open each. */
export const ADMIN_SECTIONS = [
  { to: "/admin/settings", key: "adminNav.settings", roles: ["admin", "manager"] },
  { to: "/admin/providers", key: "adminNav.providers", roles: ["admin", "manager"] },
  { to: "/admin/funding", key: "adminNav.funding", roles: ["admin", "manager"] },
  { to: "/admin/oversight", key: "adminNav.oversight", roles: ["manager", "admin"] },
] as const satisfies readonly { to: string; key: string; roles: readonly Role[] }[];

/** The sections a role may open (the pages check again on the server, and the API decides). */
export function sectionsFor(role: Role) {
  return ADMIN_SECTIONS.filter((section) => (section.roles as readonly Role[]).includes(role));
}
