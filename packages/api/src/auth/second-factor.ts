import type { Role } from "@gesim/core";

/** Roles that must use TOTP when their organisation turns it on (issue 4). */
export const STAFF_ROLES_NEEDING_TOTP: readonly Role[] = ["manager", "admin"];

export type SecondFactor = "none" | "verify" | "setup";

/**
 * What a login still needs after the password: nothing, her TOTP code, or setting up TOTP
 * because her organisation requires it for her role.
 */
export function secondFactorNeeded(totpEnabled: boolean, organisationRequiresTotp: boolean, role: Role): SecondFactor {
  if (totpEnabled) return "verify";
  if (organisationRequiresTotp && STAFF_ROLES_NEEDING_TOTP.includes(role)) return "setup";
  return "none";
}
