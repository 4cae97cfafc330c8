import { describe, expect, it } from "vitest";
import { findReferralConsent } from "./referral-consent.ts";

const TODAY = "2026-11-23";
const PROVIDER = "provider-1";
const base = { purpose: "service-referral" as const, recipient: PROVIDER, givenOn: "2026-01-10" };

describe("findReferralConsent", () => {
  it("names the valid consent for this provider", () => {
    expect(findReferralConsent([{ ...base, id: "c1" }], PROVIDER, TODAY)).toEqual({ ok: true, consentId: "c1" });
  });

  it("prefers the most recently given valid consent", () => {
    const consents = [
      { ...base, id: "old" },
      { ...base, id: "new", givenOn: "2026-06-01" },
    ];
    expect(findReferralConsent(consents, PROVIDER, TODAY)).toEqual({ ok: true, consentId: "new" });
  });

  it("is missing without a consent for this provider", () => {
    expect(findReferralConsent([], PROVIDER, TODAY)).toEqual({ ok: false, reason: "consent.missing" });
    expect(findReferralConsent([{ ...base, id: "c1", recipient: "provider-2" }], PROVIDER, TODAY)).toEqual({
      ok: false,
      reason: "consent.missing",
    });
    expect(findReferralConsent([{ ...base, id: "c1", purpose: "data-sharing" }], PROVIDER, TODAY)).toEqual({
      ok: false,
      reason: "consent.missing",
    });
  });

  it("is refused when withdrawn or expired", () => {
    expect(findReferralConsent([{ ...base, id: "c1", withdrawnOn: "2026-05-01" }], PROVIDER, TODAY)).toEqual({
      ok: false,
      reason: "consent.withdrawn",
    });
    expect(findReferralConsent([{ ...base, id: "c1", expiresOn: "2026-05-01" }], PROVIDER, TODAY)).toEqual({
      ok: false,
      reason: "consent.expired",
    });
  });

  it("uses a valid consent even when an older one was withdrawn", () => {
    const consents = [
      { ...base, id: "withdrawn", withdrawnOn: "2026-02-01" },
      { ...base, id: "renewed", givenOn: "2026-03-01" },
    ];
    expect(findReferralConsent(consents, PROVIDER, TODAY)).toEqual({ ok: true, consentId: "renewed" });
  });
});
