import { describe, expect, it } from "vitest";
import {
  ageBandOf,
  ClientFactsSchema,
  canClose,
  canManageSharing,
  canReopen,
  intakeRefusal,
  shareTargetProblem,
} from "./client-record.ts";

describe("intakeRefusal", () => {
  it.each([
    [{ isAdult: true }, null],
    [{ isAdult: true, ageYears: 18 }, null],
    [{ isAdult: false }, "plan.error.minorIsReferral"],
    [{ isAdult: true, ageYears: 17 }, "plan.error.minorIsReferral"],
  ])("%j → %s", (answer, expected) => {
    expect(intakeRefusal(answer)).toBe(expected);
  });
});

describe("ageBandOf", () => {
  it.each([
    [17, undefined],
    [18, "18-24"],
    [24, "18-24"],
    [25, "25-34"],
    [44, "35-44"],
    [45, "45+"],
    [70, "45+"],
  ])("%i → %s", (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });
});

describe("ClientFactsSchema", () => {
  const facts = {
    firstContactDate: "2026-01-10",
    childrenCount: 2,
    isPregnant: false,
    languages: ["en", "pcm"],
    needsInterpreter: true,
    identificationStatus: "reasonable-grounds",
    cooperationWithAuthorities: "undecided",
    isInTrainingOrWork: false,
  };
  it("accepts the profile facts and reuses the profile's rules", () => {
    expect(ClientFactsSchema.safeParse(facts).success).toBe(true);
    expect(ClientFactsSchema.safeParse({ ...facts, childrenCount: 21 }).success).toBe(false);
    expect(ClientFactsSchema.safeParse({ ...facts, firstContactDate: "10/01/2026" }).success).toBe(false);
    expect(ClientFactsSchema.safeParse({ ...facts, ageBand: "12-17" }).success).toBe(false);
  });
});

describe("case lifecycle and sharing", () => {
  it("closes an open case and reopens only a closed one", () => {
    expect(canClose("active")).toBe(true);
    expect(canClose("closed")).toBe(false);
    expect(canReopen("closed")).toBe(true);
    expect(canReopen("paused")).toBe(false);
  });

  it("lets a manager or her own caseworker decide on sharing", () => {
    const client = { caseworkerId: "u1" };
    expect(canManageSharing({ role: "manager", userId: "m" }, client)).toBe(true);
    expect(canManageSharing({ role: "caseworker", userId: "u1" }, client)).toBe(true);
    expect(canManageSharing({ role: "caseworker", userId: "u2" }, client)).toBe(false);
    expect(canManageSharing({ role: "admin", userId: "u1" }, client)).toBe(false);
  });

  it("shares only with another caseworker of the organisation", () => {
    const client = { caseworkerId: "u1" };
    expect(shareTargetProblem(null, client)).toBe("not-found");
    expect(shareTargetProblem({ userId: "f", role: "funder" }, client)).toBe("not-a-caseworker");
    expect(shareTargetProblem({ userId: "u1", role: "caseworker" }, client)).toBe("already-her-caseworker");
    expect(shareTargetProblem({ userId: "u2", role: "caseworker" }, client)).toBeNull();
  });
});
