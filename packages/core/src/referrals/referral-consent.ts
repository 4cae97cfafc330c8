import { type Consent, checkConsent } from "../consent/consent.ts";

type ConsentRecord = Pick<Consent, "purpose" | "recipient" | "givenOn" | "withdrawnOn" | "expiresOn"> & { id: string };

export type ReferralConsent =
  | { ok: true; consentId: string }
  | { ok: false; reason: "consent.missing" | "consent.withdrawn" | "consent.expired" };

/**
 * The consent that allows referring her to this provider today: a valid "service-referral"
 * consent naming the provider. Otherwise the reason it is refused (missing, withdrawn,
 * expired), from `checkConsent`. When several are valid, the most recently given one is named.
 */
export function findReferralConsent(
  consents: readonly ConsentRecord[],
  providerId: string,
  today: string,
): ReferralConsent {
  const check = checkConsent(consents, "service-referral", today, providerId);
  if (!check.ok) return check;
  const valid = consents
    .filter(
      (c) =>
        c.purpose === "service-referral" &&
        c.recipient === providerId &&
        checkConsent([c], "service-referral", today, providerId).ok,
    )
    .sort((a, b) => b.givenOn.localeCompare(a.givenOn));
  const chosen = valid[0];
  return chosen ? { ok: true, consentId: chosen.id } : { ok: false, reason: "consent.missing" };
}
