import { z } from "zod";
import { ROLES, type Role } from "./roles.ts";

/**
 * Two-step sign-in per role (issue 17). An organisation chooses the roles that must use it; a
 * person in such a role who has no authenticator yet enrols one only with an administrator's
 * approval, so a stolen password alone never enrols the thief's authenticator.
 */

/** The roles an organisation requires two-step sign-in for: each role at most once. */
export const TwoStepRolesSchema = z
  .array(z.enum(ROLES))
  .max(ROLES.length)
  .transform((roles) => ROLES.filter((role) => roles.includes(role)));

/** How long an administrator's approval to enrol an authenticator lasts. */
export const ENROLMENT_APPROVAL_HOURS = 24;

export type SecondFactor = "none" | "verify" | "setup";

export function isTwoStepRequired(requiredRoles: readonly Role[], role: Role): boolean {
  return requiredRoles.includes(role);
}

/**
 * What a sign-in still needs after the password: nothing, her authenticator's code, or
 * enrolling one because her organisation requires it for her role.
 */
export function secondFactorNeeded(totpEnabled: boolean, requiredRoles: readonly Role[], role: Role): SecondFactor {
  if (totpEnabled) return "verify";
  return isTwoStepRequired(requiredRoles, role) ? "setup" : "none";
}

/**
 * Whether she may enrol an authenticator now. Where her role requires two-step sign-in, only
 * within an administrator's approval window; elsewhere it is her own choice.
 */
export function mayEnrolAuthenticator(
  requiredRoles: readonly Role[],
  role: Role,
  approvedUntil: Date | null,
  now: Date,
): boolean {
  if (!isTwoStepRequired(requiredRoles, role)) return true;
  return approvedUntil !== null && approvedUntil.getTime() > now.getTime();
}

/** The end of an approval given now. */
export function enrolmentApprovalEnd(now: Date): Date {
  return new Date(now.getTime() + ENROLMENT_APPROVAL_HOURS * 3_600_000);
}

/**
 * An administrator may require two-step sign-in for administrators only once she uses it
 * herself: otherwise her own next sign-in would wait for an approval nobody can give.
 */
export function mayRequireTwoStepFor(requiredRoles: readonly Role[], actorRole: Role, actorHasTotp: boolean): boolean {
  return actorHasTotp || !isTwoStepRequired(requiredRoles, actorRole);
}
