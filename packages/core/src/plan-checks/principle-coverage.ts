import { PRINCIPLE_IDS, type PrincipleId } from "../principles/principle-ids.ts";
import type { Finding } from "./types.ts";

export const COVERAGE_STATUSES = ["met", "partly", "not-met", "not-applicable"] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export type PrincipleCoverage = {
  readonly principle: PrincipleId;
  readonly status: CoverageStatus;
  /** The findings behind the status, in the order checkPlan returned them. */
  readonly findings: readonly Finding[];
};

/**
 * How one principle stands for one plan, from the findings filed under it. [inference] The
 * aggregation, strictest first:
 * 1. any `gap` → `not-met` (a gap is a missing prerequisite; other passed checks cannot make
 *    up for it, e.g. childcare in place does not excuse missing antenatal care);
 * 2. else any `warning` → `partly` (with or without passed checks);
 * 3. else any `met` → `met`;
 * 4. else (no findings, or `info` only) → `not-applicable`: nothing to judge yet.
 */
export function coverageStatus(findings: readonly Pick<Finding, "severity">[]): CoverageStatus {
  if (findings.some((finding) => finding.severity === "gap")) return "not-met";
  if (findings.some((finding) => finding.severity === "warning")) return "partly";
  if (findings.some((finding) => finding.severity === "met")) return "met";
  return "not-applicable";
}

/** One entry per principle, P1 … P11, from the findings of checkPlan. */
export function principleCoverage(findings: readonly Finding[]): PrincipleCoverage[] {
  return PRINCIPLE_IDS.map((principle) => {
    const own = findings.filter((finding) => finding.principle === principle);
    return { principle, status: coverageStatus(own), findings: own };
  });
}
