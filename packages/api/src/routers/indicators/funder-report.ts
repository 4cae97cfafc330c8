import {
  AGE_BANDS,
  activeIn,
  type CaseRecord,
  CITIZENSHIP_GROUPS,
  CLOSURE_REASONS,
  type CountTable1d,
  type CountTable2d,
  computeIndicators,
  countTable1d,
  countTable2d,
  createSmallCellPolicy,
  DISAGGREGATION_DIMENSIONS,
  type DisaggregationDimension,
  type DistributionResult,
  DOMAIN_IDS,
  type FunderOutputAllowList,
  INDICATOR_DIRECTIONS,
  INDICATOR_IDS,
  INDICATOR_UNITS,
  INDICATORS,
  type IndicatorResult,
  LEGAL_STATUSES,
  type ProtectedCount,
  type ProtectedTable1d,
  type ProtectedTable2d,
  protectCount,
  protectTable,
  quarterRange,
  roundingFor,
  type SmallCellPolicy,
  SUPPRESSED,
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
/** "laplace": stored before issue 15 (floating point); "discreteLaplace": exact integer noise (ADR 013). */
export type FunderPrivacy = { mechanism: "laplace" | "discreteLaplace"; epsilon: number; noiseScale: number };
export type FunderReport = {
  period: string;
  methodology: { k: number; resolution: number; privacy: FunderPrivacy | null };
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

/** The threshold as k and the rounding as the resolution (it must divide k; by default core's for k). */
export function funderPolicy(k: number, resolution: number = roundingFor(k)): SmallCellPolicy {
  return createSmallCellPolicy({ k, resolution });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Differential privacy (issue 6): when a relationship has ε, every released count gets Laplace
 * noise BEFORE small-cell control (rounding and suppression are then post-processing). Each
 * statistic (a partition of women: a ratio's yes/no, a distribution's n, a breakdown, the
 * disaggregation table, the headline count) gets ε/m, so the release as a whole is ε-DP by
 * sequential composition over its m statistics (parallel composition within a partition).
 * Medians are not released under DP, nor counts of goals or disclosures (a woman adds many).
 */
export type CountNoise = { privacy: FunderPrivacy; noisy: (trueCount: number) => number };
const NOT_WOMEN_COUNTS: readonly string[] = ["ind-9.4", "ind-x4"];

/** m: the statistics a release makes (see CountNoise). */
export function privacyStatistics(dimensions: readonly DisaggregationDimension[]): number {
  const perIndicator = INDICATORS.filter(
    (def) => def.id !== "ind-1.1-domain" && !NOT_WOMEN_COUNTS.includes(def.id),
  ).length;
  return 1 + perIndicator + DOMAIN_IDS.length + (dimensions.length > 0 ? 1 : 0);
}

const exact = (n: number) => n;
const protectedValue = (c: ProtectedCount) => (c.kind === "value" ? c.value : null);

function ratio(
  numerator: number,
  denominator: number,
  policy: SmallCellPolicy,
  noisy: (n: number) => number = exact,
): FunderRatio {
  const table = protectTable(
    {
      labels: ["yes", "no"],
      counts: [noisy(numerator), noisy(Math.max(0, denominator - numerator))],
    },
    policy,
  );
  const num = table.cells[0] ?? SUPPRESSED;
  const released = [protectedValue(num), protectedValue(table.total)] as const;
  const percent: ProtectedCount =
    released[0] !== null && released[1]
      ? { kind: "value", value: Math.round((100 * released[0]) / released[1]) }
      : SUPPRESSED;
  return { kind: "ratio", numerator: num, denominator: table.total, percent };
}

function distribution(result: DistributionResult, policy: SmallCellPolicy, noise?: CountNoise): FunderDistribution {
  const n = protectCount(noise ? noise.noisy(result.n) : result.n, policy);
  const median: ProtectedCount =
    !noise && n.kind === "value" && result.median !== null
      ? { kind: "value", value: round1(result.median) }
      : SUPPRESSED;
  return { kind: "distribution", n, median };
}

function protectResult(
  result: IndicatorResult,
  active: number,
  policy: SmallCellPolicy,
  noise: CountNoise | undefined,
) {
  const noisy = noise?.noisy ?? exact;
  switch (result.kind) {
    case "ratio":
      return ratio(result.numerator, result.denominator, policy, noisy);
    case "distribution":
      return distribution(result, policy, noise);
    case "count": {
      // The events of women too few to show are not shown either: one woman with many events
      // must not surface through the event count (domain.md §7.2).
      const women = ratio(result.women, active, policy, noisy).numerator;
      return {
        kind: "count" as const,
        value: noise || women.kind === "suppressed" ? SUPPRESSED : protectCount(result.value, policy),
        women,
      };
    }
    case "breakdown": {
      const labels = Object.keys(result.counts);
      return {
        kind: "breakdown" as const,
        table: protectTable({ labels, counts: labels.map((l) => noisy(result.counts[l] ?? 0)) }, policy),
      };
    }
  }
}

function suppressedRatio(): FunderRatio {
  return { kind: "ratio", numerator: SUPPRESSED, denominator: SUPPRESSED, percent: SUPPRESSED };
}

export type FunderReportOptions = {
  quarter: string;
  k: number;
  /** The rounding of released counts (it divides k); absent: core's default for k. */
  resolution?: number;
  dimensions: readonly DisaggregationDimension[];
  countries: readonly string[];
  /** Differential privacy when the relationship has ε; absent: small-cell control only. */
  noise?: CountNoise;
};

/** Builds the protected report; `dimensions` must already be checked by core `disaggregate` (at most two, distinct). */
export function buildFunderReport(records: readonly CaseRecord[], options: FunderReportOptions): FunderReport {
  const policy = funderPolicy(options.k, options.resolution);
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
        cells: DOMAIN_IDS.map((d) => distribution(byDomain[d], policy, options.noise)),
      };
    }
    if (options.noise && NOT_WOMEN_COUNTS.includes(def.id)) return { ...head, ...suppressedRatio() };
    return { ...head, ...protectResult(values[def.id], active.length, policy, options.noise) };
  });
  const noisy = options.noise?.noisy ?? exact;
  const [first, second] = options.dimensions;
  const table = !first
    ? null
    : second
      ? protectTable(noisyTable2d(countTable2d(active, first, second, options.countries), noisy), policy)
      : protectTable(noisyTable1d(countTable1d(active, first, options.countries), noisy), policy);
  return {
    period: options.quarter,
    methodology: { k: policy.k, resolution: policy.resolution, privacy: options.noise?.privacy ?? null },
    women: protectCount(noisy(active.length), policy),
    indicators,
    disaggregation: table ? { dimensions: [...options.dimensions], table } : null,
  };
}

function noisyTable1d(table: CountTable1d, noisy: (n: number) => number): CountTable1d {
  return { labels: table.labels, counts: table.counts.map(noisy) };
}

function noisyTable2d(table: CountTable2d, noisy: (n: number) => number): CountTable2d {
  return { rows: table.rows, columns: table.columns, cells: table.cells.map((row) => row.map(noisy)) };
}

/** What a funder response may contain: category codes and the report's own property names. */
export function funderAllowList(countries: readonly string[]): FunderOutputAllowList {
  return {
    codes: [
      ...INDICATOR_IDS,
      ...INDICATOR_UNITS,
      ...INDICATOR_DIRECTIONS,
      ...[
        "ratio",
        "distribution",
        "count",
        "breakdown",
        "byDomain",
        "yes",
        "no",
        "all",
        "other",
        "unrecorded",
        "laplace",
        "discreteLaplace",
      ],
      ...DISAGGREGATION_DIMENSIONS,
      ...AGE_BANDS,
      ...CITIZENSHIP_GROUPS,
      ...LEGAL_STATUSES,
      ...CLOSURE_REASONS,
      ...DOMAIN_IDS,
      ...countries,
    ],
    keys: [
      ...[
        "period",
        "methodology",
        "k",
        "resolution",
        "privacy",
        "mechanism",
        "epsilon",
        "noiseScale",
        "women",
        "indicators",
        "disaggregation",
        "dimensions",
        "table",
      ],
      ...["id", "unit", "direction", "kind", "value", "numerator", "denominator", "percent", "n", "median"],
      ...["labels", "cells", "total", "rows", "columns", "rowTotals", "columnTotals", "grandTotal"],
    ],
  };
}
