/**
 * A referral's life (domain.md §6.6): sent to a provider, which accepts or rejects it; an
 * accepted referral ends as done; she (or her caseworker) may withdraw it while it is open.
 * Rejected, done and withdrawn are final: a new attempt is a new referral.
 */
export const REFERRAL_STATUSES = ["sent", "accepted", "rejected", "done", "withdrawn"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

const NEXT: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  sent: ["accepted", "rejected", "withdrawn"],
  accepted: ["done", "withdrawn"],
  rejected: [],
  done: [],
  withdrawn: [],
};

/** Statuses a referral may move to from `from`. */
export function nextReferralStatuses(from: ReferralStatus): readonly ReferralStatus[] {
  return NEXT[from];
}

export function isFinalReferralStatus(status: ReferralStatus): boolean {
  return NEXT[status].length === 0;
}

export type ReferralStatusChange =
  | { ok: true; status: ReferralStatus; isProviderDecision: boolean }
  | { ok: false; reason: "referral.transitionNotAllowed" };

/**
 * Whether a referral may move from `from` to `to`. Accepting or rejecting is the provider's
 * decision, whose date is kept (`decidedOn`).
 */
export function changeReferralStatus(from: ReferralStatus, to: ReferralStatus): ReferralStatusChange {
  if (!NEXT[from].includes(to)) return { ok: false, reason: "referral.transitionNotAllowed" };
  return { ok: true, status: to, isProviderDecision: to === "accepted" || to === "rejected" };
}
