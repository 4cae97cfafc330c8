import { describe, expect, it } from "vitest";
import { type Consent, ConsentSchema, checkConsent, consentState } from "./consent.ts";

const referral = (over: Partial<Consent> = {}): Consent => ({
  purpose: "service-referral",
  recipient: "provider-1",
  givenOn: "2026-01-10",
  recordedHow: "written-signed",
  ...over,
});

describe("ConsentSchema", () => {
  it.each([
    [{ ...referral(), recipient: undefined }, "consent.error.recipientRequired"],
    [referral({ expiresOn: "2026-01-01" }), "consent.error.expiryBeforeGiven"],
    [referral({ withdrawnOn: "2025-12-31" }), "consent.error.withdrawnBeforeGiven"],
  ])("rejects %j", (input, message) => {
    const result = ConsentSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  it("needs no recipient for anonymised reporting", () => {
    expect(
      ConsentSchema.safeParse({
        purpose: "anonymised-reporting",
        givenOn: "2026-01-10",
        recordedHow: "verbal-witnessed",
      }).success,
    ).toBe(true);
  });
});

describe("consentState", () => {
  it.each([
    [referral(), "2026-01-09", "not-yet-given"],
    [referral(), "2026-01-10", "valid"],
    [referral({ withdrawnOn: "2026-03-01" }), "2026-02-28", "valid"],
    [referral({ withdrawnOn: "2026-03-01" }), "2026-03-01", "withdrawn"],
    [referral({ expiresOn: "2026-06-30" }), "2026-06-30", "expired"],
  ] as const)("%j on %s is %s", (consent, today, state) => {
    expect(consentState(consent, today)).toBe(state);
  });
});

describe("checkConsent", () => {
  it.each([
    ["no consent at all", [], "provider-1", { ok: false, reason: "consent.missing" }],
    [
      "a consent for another recipient",
      [referral({ recipient: "provider-2" })],
      "provider-1",
      { ok: false, reason: "consent.missing" },
    ],
    ["a valid consent", [referral()], "provider-1", { ok: true }],
    [
      "a withdrawn consent",
      [referral({ withdrawnOn: "2026-02-01" })],
      "provider-1",
      { ok: false, reason: "consent.withdrawn" },
    ],
    [
      "an expired consent",
      [referral({ expiresOn: "2026-02-01" })],
      "provider-1",
      { ok: false, reason: "consent.expired" },
    ],
    [
      "a withdrawn and a newer valid one",
      [referral({ withdrawnOn: "2026-02-01" }), referral({ givenOn: "2026-02-05" })],
      "provider-1",
      { ok: true },
    ],
  ] as const)("%s", (_case, consents, recipient, expected) => {
    expect(checkConsent(consents, "service-referral", "2026-03-01", recipient)).toEqual(expected);
  });

  it("checks reporting consent without a recipient", () => {
    const reporting = { purpose: "anonymised-reporting" as const, givenOn: "2026-01-01" };
    expect(checkConsent([reporting], "anonymised-reporting", "2026-03-01")).toEqual({ ok: true });
    expect(checkConsent([{ ...reporting, withdrawnOn: "2026-02-01" }], "anonymised-reporting", "2026-03-01")).toEqual({
      ok: false,
      reason: "consent.withdrawn",
    });
  });
});
