import { Secret, TOTP } from "otpauth";

/** RFC 6238 time-based one-time passwords (authenticator apps): 6 digits, 30 s, SHA-1. */
const ISSUER = "GeSIM Planner";

function totpFor(secretBase32: string, label = "account") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app scans; the label is the user's email. */
export function totpUri(secretBase32: string, label: string): string {
  return totpFor(secretBase32, label).toString();
}

/** Accepts the code of the current 30-second step or one step either side (clock drift). */
export function verifyTotp(secretBase32: string, code: string, now: Date): boolean {
  return totpStep(secretBase32, code, now) !== null;
}

/**
 * The 30-second step a valid code belongs to (the current step or one either side), or null.
 * A caller stores the last accepted step so that no code is accepted twice (replay).
 */
export function totpStep(secretBase32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 30_000) + delta;
}

/** The code an app would show at `now`: for tests and the demo only. */
export function currentTotp(secretBase32: string, now: Date): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() });
}
