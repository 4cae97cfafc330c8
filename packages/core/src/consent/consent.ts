import { z } from "zod";
import { IsoDateSchema } from "../plan/iso-date.ts";

/**
 * Consent is an object, per purpose and per recipient (domain.md §7.2 "Consent"): it gates
 * referrals, sharing, funder statistics and any use of her story.
 */
/** "follow-up-contact": she agrees to be contacted after her case is closed (issue 21 "Closure and follow-up"). */
export const CONSENT_PURPOSES = [
  "service-referral",
  "data-sharing",
  "anonymised-reporting",
  "story-use",
  "follow-up-contact",
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Purposes that name who receives her data; a consent for one recipient never covers another. */
export const PURPOSES_WITH_RECIPIENT: readonly ConsentPurpose[] = ["service-referral", "data-sharing"];

export const CONSENT_RECORDING_METHODS = [
  "written-signed",
  "verbal-witnessed",
  "verbal-with-interpreter",
  "digital",
] as const;

export const RECIPIENT_MAX_LENGTH = 200;

export const ConsentSchema = z
  .object({
    purpose: z.enum(CONSENT_PURPOSES),
    /** A provider id or a named organisation; required for referral and sharing consents. */
    recipient: z.string().trim().min(1).max(RECIPIENT_MAX_LENGTH).optional(),
    givenOn: IsoDateSchema,
    withdrawnOn: IsoDateSchema.optional(),
    expiresOn: IsoDateSchema.optional(),
    recordedHow: z.enum(CONSENT_RECORDING_METHODS),
  })
  .refine((c) => !PURPOSES_WITH_RECIPIENT.includes(c.purpose) || c.recipient !== undefined, {
    error: "consent.error.recipientRequired",
    path: ["recipient"],
  })
  .refine((c) => c.expiresOn === undefined || c.expiresOn > c.givenOn, {
    error: "consent.error.expiryBeforeGiven",
    path: ["expiresOn"],
  })
  .refine((c) => c.withdrawnOn === undefined || c.withdrawnOn >= c.givenOn, {
    error: "consent.error.withdrawnBeforeGiven",
    path: ["withdrawnOn"],
  });
export type Consent = z.infer<typeof ConsentSchema>;

export type ConsentState = "valid" | "withdrawn" | "expired" | "not-yet-given";

/** Where a consent stands on a given day. */
export function consentState(
  consent: Pick<Consent, "givenOn" | "withdrawnOn" | "expiresOn">,
  today: string,
): ConsentState {
  if (consent.givenOn > today) return "not-yet-given";
  if (consent.withdrawnOn !== undefined && consent.withdrawnOn <= today) return "withdrawn";
  if (consent.expiresOn !== undefined && consent.expiresOn <= today) return "expired";
  return "valid";
}

export type ConsentCheck =
  | { ok: true }
  | { ok: false; reason: "consent.missing" | "consent.withdrawn" | "consent.expired" };

/**
 * Whether her consents allow a purpose (and recipient) today. A withdrawn or expired consent
 * blocks with its own reason so the caseworker can explain it; no consent at all is "missing".
 */
export function checkConsent(
  consents: readonly Pick<Consent, "purpose" | "recipient" | "givenOn" | "withdrawnOn" | "expiresOn">[],
  purpose: ConsentPurpose,
  today: string,
  recipient?: string,
): ConsentCheck {
  const relevant = consents.filter(
    (c) => c.purpose === purpose && (!PURPOSES_WITH_RECIPIENT.includes(purpose) || c.recipient === recipient),
  );
  const states = relevant.map((c) => consentState(c, today));
  if (states.includes("valid")) return { ok: true };
  if (states.includes("withdrawn")) return { ok: false, reason: "consent.withdrawn" };
  if (states.includes("expired")) return { ok: false, reason: "consent.expired" };
  return { ok: false, reason: "consent.missing" };
}
