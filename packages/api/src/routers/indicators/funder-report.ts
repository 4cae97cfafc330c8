import {
  activeIn,
  AGE_BANDS,
  CITIZENSHIP_GROUPS,
  CLOSURE_REASONS,
  computeIndicators,
  countTable1d,
  countTable2d,
  createSmallCellPolicy,
  DISAGGREGATION_DIMENSIONS,
  DOMAIN_IDS,
  INDICATOR_DIRECTIONS,
  INDICATOR_IDS,
  INDICATOR_UNITS,
  INDICATORS,
  LEGAL_STATUSES,
  protectCount,
  protectTable,
  quarterRange,
  SUPPRESSED,
  type CaseRecord,
  type DisaggregationDimension,
  type DistributionResult,
  type FunderOutputAllowList,
  type IndicatorResult,
  type ProtectedCount,
  type ProtectedTable1d,
  type ProtectedTable2d,
  type SmallCellPolicy,
} from "@gesim/core";

/**
 * The funder view (domain.md §5.5, §7.2) as a pure function of case records, so tests can
 * compare it with the same function over a known population. Only women with valid
 * anonymised-reporting consent are counted (`reportingPopulation`). Every count goes through
 * core's small-cell control; ratios are protected as a [yes, no] table (so "all but two" is
 * not released either), percentages are computed from RELEASED values only, medians only when
 * n ≥ k; no p90 (it sits next to one woman's value), no ids, no dates finer than a quarter.
 */
export type FunderRatio = {
  kind: "ratio";
  numerator: ProtectedCount;
  denominator: ProtectedCount;
  percent: ProtectedCount;
};
export type FunderDistribution = {
  kind: "distribution";
  n: ProtectedCount;
  median: ProtectedCount;
};
export type FunderIndicator = {
  id: string;
  unit: string;
  direction: string;
} & (
  | FunderRatio
  | FunderDistribution
  | { kind: "count"; value: ProtectedCount; women: ProtectedCount }
  | { kind: "breakdown"; table: ProtectedTable1d }
  | { kind: "byDomain"; labels: readonly string[]; cells: FunderDistribution[] }
);
export type FunderReport = {
  period: string;
  methodology: { k: number; resolution: number };
  women: ProtectedCount;
  indicators: FunderIndicator[];
  disaggregation: {
    dimensions: DisaggregationDimension[];
    table: ProtectedTable1d | ProtectedTable2d;
  } | null;
};

/** The women a funder report may count: those whose anonymised-reporting consent is valid today. */
export function reportingPopulation(records: readonly CaseRecord[]): CaseRecord[] {
  return records.filter((record) => record.reportingConsent);
}

/** The organisation's threshold as k; the resolution is the largest divisor of k up to the default 5 (it must divide k). */
export function funderPolicy(k: number): SmallCellPolicy {
  const resolution = [5, 4, 3, 2, 1].find((r) => k % r === 0) ?? 1;
  return createSmallCellPolicy({ k, resolution });
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const valueOf = (c: ProtectedCount) => (c.kind === "value" ? c.value : null);

function ratio(numerator: number, denominator: number, policy: SmallCellPolicy): FunderRatio {
  const table = protectTable(
    {
      labels: ["yes", "no"],
      counts: [numerator, Math.max(0, denominator - numerator)],
    },
    policy,
  );
  const num = table.cells[0] ?? SUPPRESSED;
  const released = [valueOf(num), valueOf(table.total)] as const;
  const percent: ProtectedCount = released[0] !== null && released[1] ? { kind: "value", value: Math.round((100 * released[0]) / released[1]) } : SUPPRESSED;
  return { kind: "ratio", numerator: num, denominator: table.total, percent };
}

function distribution(result: DistributionResult, policy: SmallCellPolicy): FunderDistribution {
  const n = protectCount(result.n, policy);
  const median: ProtectedCount = n.kind === "value" && result.median !== null ? { kind: "value", value: round1(result.median) } : SUPPRESSED;
  return { kind: "distribution", n, median };
}

function protectResult(result: IndicatorResult, active: number, policy: SmallCellPolicy) {
  switch (result.kind) {
    case "ratio":
      return ratio(result.numerator, result.denominator, policy);
    case "distribution":
      return distribution(result, policy);
    case "count":
      return {
        kind: "count" as const,
        value: protectCount(result.value, policy),
        women: ratio(result.women, active, policy).numerator,
      };
    case "breakdown": {
      const labels = Object.keys(result.counts);
      return {
        kind: "breakdown" as const,
        table: protectTable({ labels, counts: labels.map((l) => result.counts[l] ?? 0) }, policy),
      };
    }
  }
}

export type FunderReportOptions = {
  quarter: string;
  k: number;
  dimensions: readonly DisaggregationDimension[];
  countries: readonly string[];
};

/** Builds the protected report; `dimensions` must already be checked by core `disaggregate` (at most two, distinct). */
export function buildFunderReport(records: readonly CaseRecord[], options: FunderReportOptions): FunderReport {
  const policy = funderPolicy(options.k);
  const period = quarterRange(options.quarter);
  const population = reportingPopulation(records);
  const active = activeIn(population, period);
  const values = computeIndicators(population, period);
  const indicators = INDICATORS.map((def): FunderIndicator => {
    const head = { id: def.id, unit: def.unit, direction: def.direction };
    if (def.id === "ind-1.1-domain") {
      const byDomain = values["ind-1.1-domain"];
      return {
        ...head,
        kind: "byDomain",
        labels: DOMAIN_IDS,
        cells: DOMAIN_IDS.map((d) => distribution(byDomain[d], policy)),
      };
    }
    return { ...head, ...protectResult(values[def.id], active.length, policy) };
  });
  const [first, second] = options.dimensions;
  const table = !first
    ? null
    : second
      ? protectTable(countTable2d(active, first, second, options.countries), policy)
      : protectTable(countTable1d(active, first, options.countries), policy);
  return {
    period: options.quarter,
    methodology: { k: policy.k, resolution: policy.resolution },
    women: protectCount(active.length, policy),
    indicators,
    disaggregation: table ? { dimensions: [...options.dimensions], table } : null,
  };
}

/** What a funder response may contain: category codes and the report's own property names. */
export function funderAllowList(countries: readonly string[]): FunderOutputAllowList {
  return {
    codes: [
      ...INDICATOR_IDS,
      ...INDICATOR_UNITS,
      ...INDICATOR_DIRECTIONS,
      ...["ratio", "distribution", "count", "breakdown", "byDomain", "yes", "no", "all", "other", "unrecorded"],
      ...DISAGGREGATION_DIMENSIONS,
      ...AGE_BANDS,
      ...CITIZENSHIP_GROUPS,
      ...LEGAL_STATUSES,
      ...CLOSURE_REASONS,
      ...DOMAIN_IDS,
      ...countries,
    ],
    keys: [
      ...["period", "methodology", "k", "resolution", "women", "indicators", "disaggregation", "dimensions", "table"],
      ...["id", "unit", "direction", "kind", "value", "numerator", "denominator", "percent", "n", "median"],
      ...["labels", "cells", "total", "rows", "columns", "rowTotals", "columnTotals", "grandTotal"],
    ],
  };
}
