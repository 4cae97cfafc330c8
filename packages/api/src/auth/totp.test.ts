import { describe, expect, it } from "vitest";
import { createTotpSecret, currentTotp, totpStep, totpUri, verifyTotp } from "./totp.ts";

const now = new Date("2026-11-23T10:00:00Z");

describe("totp", () => {
  const secret = createTotpSecret();

  it("accepts the current code and one step of drift, not more", () => {
    expect(verifyTotp(secret, currentTotp(secret, now), now)).toBe(true);
    expect(verifyTotp(secret, currentTotp(secret, new Date(now.getTime() - 30_000)), now)).toBe(true);
    expect(verifyTotp(secret, currentTotp(secret, new Date(now.getTime() - 120_000)), now)).toBe(false);
  });

  it.each(["", "12345", "1234567", "abcdef", "12 456"])("rejects the malformed code %j", (code) => {
    expect(verifyTotp(secret, code, now)).toBe(false);
  });

  it("names the 30-second step a code belongs to, so a used step can be refused (replay)", () => {
    const step = Math.floor(now.getTime() / 30_000);
    expect(totpStep(secret, currentTotp(secret, now), now)).toBe(step);
    expect(totpStep(secret, currentTotp(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(totpStep(secret, currentTotp(secret, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(totpStep(secret, "12345", now)).toBeNull();
  });

  it("builds an otpauth URI for authenticator apps", () => {
    expect(totpUri(secret, "manager@demo.test")).toMatch(
      /^otpauth:\/\/totp\/GeSIM%20Planner:manager%40demo\.test\?issuer=GeSIM%20Planner&secret=[A-Z2-7]+/,
    );
  });
});
