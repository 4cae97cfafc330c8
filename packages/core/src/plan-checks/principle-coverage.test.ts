import { describe, expect, test } from "vitest";
import { PRINCIPLE_IDS } from "../principles/principle-ids.ts";
import { type CoverageStatus, coverageStatus, principleCoverage } from "./principle-coverage.ts";
import type { Finding, Severity } from "./types.ts";

function finding(principle: Finding["principle"], severity: Severity): Finding {
  return {
    id: `${principle}-${severity}`,
    ruleId: "test",
    principle,
    severity,
    messageKey: "error.notFound",
    params: {},
  };
}

describe("coverageStatus", () => {
  const cases: [string, Severity[], CoverageStatus][] = [
    ["no findings → not-applicable", [], "not-applicable"],
    ["info only → not-applicable", ["info"], "not-applicable"],
    ["met only → met", ["met", "met"], "met"],
    ["met and info → met", ["met", "info"], "met"],
    ["warning only → partly", ["warning"], "partly"],
    ["met and warning → partly", ["met", "warning"], "partly"],
    ["gap only → not-met", ["gap"], "not-met"],
    ["met and gap → not-met", ["met", "gap"], "not-met"],
    ["warning and gap → not-met", ["warning", "gap", "met"], "not-met"],
  ];
  test.each(cases)("%s", (_name, severities, expected) => {
    expect(coverageStatus(severities.map((severity) => ({ severity })))).toBe(expected);
  });
});

describe("principleCoverage", () => {
  test("returns all 11 principles in order with the findings behind each", () => {
    const findings = [
      finding("principle-03", "met"),
      finding("principle-03", "gap"),
      finding("principle-11", "warning"),
    ];
    const coverage = principleCoverage(findings);
    expect(coverage.map((entry) => entry.principle)).toEqual([...PRINCIPLE_IDS]);
    expect(coverage[2]).toEqual({ principle: "principle-03", status: "not-met", findings: findings.slice(0, 2) });
    expect(coverage[10]?.status).toBe("partly");
    expect(coverage[0]?.status).toBe("not-applicable");
  });
});
