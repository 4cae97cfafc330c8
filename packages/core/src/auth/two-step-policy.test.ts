import { describe, expect, it } from "vitest";
import {
  enrolmentApprovalEnd,
  mayEnrolAuthenticator,
  mayRequireTwoStepFor,
  secondFactorNeeded,
  TwoStepRolesSchema,
} from "./two-step-policy.ts";

const NOW = new Date("2026-03-01T10:00:00Z");

describe("two-step policy", () => {
  it("keeps each role once, in the roles' order, and refuses unknown roles", () => {
    expect(TwoStepRolesSchema.parse(["admin", "manager", "admin"])).toEqual(["manager", "admin"]);
    expect(TwoStepRolesSchema.safeParse(["root"]).success).toBe(false);
  });

  it.each([
    [true, [], "caseworker", "verify"],
    [false, ["manager"], "manager", "setup"],
    [false, ["manager"], "caseworker", "none"],
    [false, [], "admin", "none"],
  ] as const)("enabled %s, required %j, role %s: %s", (enabled, roles, role, expected) => {
    expect(secondFactorNeeded(enabled, roles, role)).toBe(expected);
  });

  it("lets a required role enrol only inside an administrator's approval window", () => {
    expect(mayEnrolAuthenticator(["manager"], "manager", null, NOW)).toBe(false);
    expect(mayEnrolAuthenticator(["manager"], "manager", enrolmentApprovalEnd(NOW), NOW)).toBe(true);
    expect(mayEnrolAuthenticator(["manager"], "manager", NOW, NOW)).toBe(false);
    expect(mayEnrolAuthenticator(["manager"], "caseworker", null, NOW)).toBe(true);
  });

  it("refuses requiring it for her own role while she has no authenticator", () => {
    expect(mayRequireTwoStepFor(["admin"], "admin", false)).toBe(false);
    expect(mayRequireTwoStepFor(["admin"], "admin", true)).toBe(true);
    expect(mayRequireTwoStepFor(["manager"], "admin", false)).toBe(true);
  });
});
