import { describe, expect, it } from "vitest";
import {
  createBearerToken,
  createOneTimePassword,
  createRecoveryCodes,
  hashBearerToken,
  hashHandedCode,
  RECOVERY_CODE_COUNT,
} from "./handed-codes.ts";

describe("handed codes", () => {
  it("makes one-time passwords of four groups of four, without look-alike characters", () => {
    const codes = Array.from({ length: 200 }, createOneTimePassword);
    for (const code of codes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("makes ten different recovery codes of two groups of five", () => {
    const codes = createRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
  });

  it("checks a code however it was typed: case, spaces and dashes do not matter", () => {
    const code = createOneTimePassword();
    const stored = hashHandedCode(code);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(code.replaceAll("-", ""));
    expect(hashHandedCode(` ${code.toUpperCase().replaceAll("-", " ")} `)).toBe(stored);
    expect(hashHandedCode(code.replaceAll("-", ""))).toBe(stored);
  });

  it("tells different codes apart", () => {
    const code = createOneTimePassword();
    const other = `${code.slice(0, -1)}${code.endsWith("2") ? "3" : "2"}`;
    expect(hashHandedCode(other)).not.toBe(hashHandedCode(code));
  });

  it("compares bearer tokens exactly (a machine sends them back unchanged)", () => {
    const token = createBearerToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hashBearerToken(token)).toBe(hashBearerToken(token));
    expect(hashBearerToken(token.toLowerCase())).not.toBe(hashBearerToken(token.toUpperCase()));
  });
});
