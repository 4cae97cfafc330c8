import { type Consent, checkConsent } from "../consent/consent.ts";

/** How far ahead a follow-up contact may be planned at closure ([inference] two years). */
export const FOLLOW_UP_MAX_DAYS_AHEAD = 730;

/**
 * A follow-up contact after closure (issue 21 "Closure and follow-up"; domain.md §1.7 P1: legal
 * matters outlast support) is planned only with her consent to be contacted then (consent purpose
 * "follow-up-contact", valid on the day the case closes), on a day after closure. Returns the
 * message key of what is wrong, or null.
 */
export function followUpProblem(
  closedOn: string,
  followUpOn: string,
  consents: readonly Pick<Consent, "purpose" | "recipient" | "givenOn" | "withdrawnOn" | "expiresOn">[],
): string | null {
  if (followUpOn <= closedOn) return "clients.error.followUpNotAfterClosure";
  const consent = checkConsent(consents, "follow-up-contact", closedOn);
  return consent.ok ? null : "clients.error.followUpNeedsConsent";
}

/** A follow-up is due in "My work" from its day on, while not done, the case still closed and her consent valid. */
export function followUpDue(
  followUp: { followUpOn: string | null; followUpDoneOn: string | null; reopenedOn: string | null },
  consents: readonly Pick<Consent, "purpose" | "recipient" | "givenOn" | "withdrawnOn" | "expiresOn">[],
  today: string,
): boolean {
  if (followUp.followUpOn === null || followUp.followUpDoneOn !== null || followUp.reopenedOn !== null) return false;
  return followUp.followUpOn <= today && checkConsent(consents, "follow-up-contact", today).ok;
}
