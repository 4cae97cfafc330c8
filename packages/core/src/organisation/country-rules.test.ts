import { describe, expect, it } from "vitest";
import { ClientFactsSchema } from "../clients/client-record.ts";
import { factsUnderCountryRules } from "../clients/facts-under-country-rules.ts";
import { CountryRulesSchema, NO_COUNTRY_RULES, readCountryRules, reflectionPeriodEnd } from "./country-rules.ts";
import { roundingProblem } from "./organisation-settings.ts";

const rules = CountryRulesSchema.parse({
  reflectionPeriodDays: 90,
  permitTypes: [
    { label: "Victims' permit (cooperation)", tiedToCooperation: true },
    { label: "Humanitarian permit", tiedToCooperation: false },
  ],
});

const facts = ClientFactsSchema.parse({
  firstContactDate: "2026-11-02",
  childrenCount: 0,
  isPregnant: false,
  languages: [],
  needsInterpreter: false,
  identificationStatus: "not-assessed",
  cooperationWithAuthorities: "not-asked",
  isInTrainingOrWork: false,
});

describe("country rules (configuration, never hard-coded law)", () => {
  it("refuses a length outside 1–730 days and a permit type listed twice", () => {
    const issues = (value: unknown) =>
      CountryRulesSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues({ reflectionPeriodDays: 0, permitTypes: [] })).toEqual(["organisation.error.reflectionDays"]);
    expect(issues({ reflectionPeriodDays: 731, permitTypes: [] })).toEqual(["organisation.error.reflectionDays"]);
    const twice = [
      { label: "Work permit", tiedToCooperation: false },
      { label: "work permit ", tiedToCooperation: true },
    ];
    expect(issues({ reflectionPeriodDays: null, permitTypes: twice })).toEqual(["organisation.error.permitTypeTwice"]);
  });

  it("reads stored rules that do not parse as not configured", () => {
    expect(readCountryRules({})).toEqual(NO_COUNTRY_RULES);
    expect(readCountryRules({ reflectionPeriodDays: "ninety", permitTypes: [] })).toEqual(NO_COUNTRY_RULES);
    expect(readCountryRules(rules)).toEqual(rules);
  });

  it("takes the entered end date, else start plus the configured length, else nothing", () => {
    expect(reflectionPeriodEnd({ start: "2026-11-01", end: "2026-12-24" }, rules)).toBe("2026-12-24");
    expect(reflectionPeriodEnd({ start: "2026-11-01" }, rules)).toBe("2027-01-30");
    expect(reflectionPeriodEnd({ start: "2026-11-01" }, NO_COUNTRY_RULES)).toBeUndefined();
  });

  it("gives a permit of a configured type that type's basis, whatever the case typed", () => {
    const tied = factsUnderCountryRules({ ...facts, permitType: "victims' permit (COOPERATION)" }, rules);
    expect(tied.facts?.permitBasis).toBe("tied-to-cooperation");
    expect(tied.facts?.permitType).toBe("Victims' permit (cooperation)");
    const independent = factsUnderCountryRules(
      { ...facts, permitType: "Humanitarian permit", permitBasis: "tied-to-cooperation" },
      rules,
    );
    expect(independent.facts?.permitBasis).toBe("independent");
  });

  it("refuses a permit type the organisation has not configured, and leaves other facts alone", () => {
    expect(factsUnderCountryRules({ ...facts, permitType: "Golden visa" }, rules)).toEqual({
      facts: null,
      problem: "client.error.unknownPermitType",
    });
    expect(factsUnderCountryRules({ ...facts, permitType: null }, rules).facts).toEqual({ ...facts, permitType: null });
    expect(factsUnderCountryRules(facts, NO_COUNTRY_RULES).facts).toEqual(facts);
  });

  it("fills her reflection period's end from its start", () => {
    const withStart = { ...facts, legalStatus: "reflection-period" as const, reflectionPeriodStart: "2026-11-01" };
    expect(factsUnderCountryRules(withStart, rules).facts?.reflectionPeriodEnd).toBe("2027-01-30");
    expect(factsUnderCountryRules(withStart, NO_COUNTRY_RULES).facts?.reflectionPeriodEnd).toBeUndefined();
  });
});

describe("disclosure rounding", () => {
  it("must divide the threshold, or be left to the default", () => {
    expect(roundingProblem({ disclosureThreshold: 10, disclosureRounding: 5 })).toBeNull();
    expect(roundingProblem({ disclosureThreshold: 10, disclosureRounding: 10 })).toBeNull();
    expect(roundingProblem({ disclosureThreshold: 10, disclosureRounding: null })).toBeNull();
    expect(roundingProblem({ disclosureThreshold: 10, disclosureRounding: 3 })).toBe(
      "disclosure.error.resolutionMustDivideK",
    );
  });
});
