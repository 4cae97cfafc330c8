import { describe, expect, it } from "vitest";
import {
  changeReferralStatus,
  isFinalReferralStatus,
  nextReferralStatuses,
  REFERRAL_STATUSES,
  type ReferralStatus,
} from "./referral-status.ts";

const ALLOWED: readonly [ReferralStatus, ReferralStatus][] = [
  ["sent", "accepted"],
  ["sent", "rejected"],
  ["sent", "withdrawn"],
  ["accepted", "done"],
  ["accepted", "withdrawn"],
];

describe("changeReferralStatus", () => {
  const all = REFERRAL_STATUSES.flatMap((from) => REFERRAL_STATUSES.map((to) => [from, to] as const));
  it.each(all)("%s → %s", (from, to) => {
    const isAllowed = ALLOWED.some(([f, t]) => f === from && t === to);
    const change = changeReferralStatus(from, to);
    expect(change.ok).toBe(isAllowed);
    if (!change.ok) expect(change.reason).toBe("referral.transitionNotAllowed");
  });

  it("marks accepting and rejecting as the provider's decision", () => {
    expect(changeReferralStatus("sent", "accepted")).toEqual({
      ok: true,
      status: "accepted",
      isProviderDecision: true,
    });
    expect(changeReferralStatus("sent", "rejected")).toEqual({
      ok: true,
      status: "rejected",
      isProviderDecision: true,
    });
    expect(changeReferralStatus("accepted", "done")).toEqual({ ok: true, status: "done", isProviderDecision: false });
  });

  it("never moves a referral to the status it already has", () => {
    for (const status of REFERRAL_STATUSES) expect(changeReferralStatus(status, status).ok).toBe(false);
  });
});

describe("final statuses", () => {
  it.each([
    ["sent", false],
    ["accepted", false],
    ["rejected", true],
    ["done", true],
    ["withdrawn", true],
  ] as const)("%s final: %s", (status, isFinal) => {
    expect(isFinalReferralStatus(status)).toBe(isFinal);
    expect(nextReferralStatuses(status).length === 0).toBe(isFinal);
  });
});
