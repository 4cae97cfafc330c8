import type { PrincipleId } from "../principles/principle-ids.ts";
import type { CaseRecord } from "./case-record.ts";

/**
 * Programme indicators as data (domain.md §5.3). Titles and descriptions are message keys
 * (messages/indicators.ts). The computations live in compute-indicators.ts under the same id.
 * Convention: ratios are over the period's active caseload unless the denominator says otherwise.
 */
export const INDICATOR_UNITS = ["days", "percent", "count", "months", "score"] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
/** `neutral`: a breakdown with no better direction (e.g. closure reasons). */
export const INDICATOR_DIRECTIONS = ["higher-better", "lower-better", "target-zero", "neutral"] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const DENOMINATORS = [
  "active",
  "new",
  "closed",
  "withFirstService",
  "mothersOrPregnant",
  "housed",
  "offered",
  "enrolled",
  "withReadings",
  "goals",
  "disclosures",
] as const;
export type Denominator = (typeof DENOMINATORS)[number];

export const INDICATOR_IDS = [
  "ind-1.1",
  "ind-1.1-domain",
  "ind-1.2",
  "ind-1.3",
  "ind-1.4",
  "ind-1.5",
  "ind-2.1",
  "ind-3.1",
  "ind-4.1",
  "ind-4.2",
  "ind-5.1",
  "ind-6.1",
  "ind-7.1",
  "ind-8.1",
  "ind-9.4",
  "ind-10.1",
  "ind-11.1",
  "ind-x1",
  "ind-x2",
  "ind-x3",
  "ind-x4",
  "ind-gas",
  "ind-distance",
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export type IndicatorDefinition = {
  readonly id: IndicatorId;
  readonly principle: PrincipleId | "cross-cutting";
  readonly titleKey: `indicators.${IndicatorId}.title`;
  readonly numeratorKey: `indicators.${IndicatorId}.numerator`;
  readonly denominatorKey: `indicators.denominator.${Denominator}`;
  readonly unit: IndicatorUnit;
  readonly direction: IndicatorDirection;
  /**
   * False while nothing records the events it counts: it is shown as "not recorded", never as a
   * number (issue 21 item 1), so a "target zero" of nothing cannot look perfect.
   */
  readonly recorded: boolean;
};

/**
 * Indicators whose events are not recorded yet: re-exploitation after closure (X1), confidence
 * readings (X2), secondary-victimisation events (X3).
 */
export const NOT_RECORDED_INDICATORS: readonly IndicatorId[] = ["ind-x1", "ind-x2", "ind-x3"];

/**
 * Whether an indicator has anything recorded to count in these records. X3 counts the
 * secondary-victimisation events asked about at her reviews (issue 21): it is "not recorded"
 * until at least one woman's review in the period asked, so zero events asked about nobody can
 * never look like a perfect "target zero".
 */
export function isIndicatorRecorded(
  definition: Pick<IndicatorDefinition, "id" | "recorded">,
  records: readonly Pick<CaseRecord, "secondaryVictimisationAsked">[],
): boolean {
  if (definition.recorded) return true;
  return definition.id === "ind-x3" && records.some((r) => r.secondaryVictimisationAsked === true);
}

function define(
  id: IndicatorId,
  principle: PrincipleId | "cross-cutting",
  denominator: Denominator,
  unit: IndicatorUnit,
  direction: IndicatorDirection,
): IndicatorDefinition {
  return {
    id,
    principle,
    titleKey: `indicators.${id}.title`,
    numeratorKey: `indicators.${id}.numerator`,
    denominatorKey: `indicators.denominator.${denominator}`,
    unit,
    direction,
    recorded: !NOT_RECORDED_INDICATORS.includes(id),
  };
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  define("ind-1.1", "principle-01", "withFirstService", "days", "lower-better"),
  define("ind-1.1-domain", "principle-01", "withFirstService", "days", "lower-better"),
  define("ind-1.2", "principle-01", "new", "percent", "higher-better"),
  define("ind-1.3", "principle-01", "active", "count", "target-zero"),
  define("ind-1.4", "principle-01", "closed", "months", "higher-better"),
  define("ind-1.5", "principle-01", "closed", "count", "neutral"),
  define("ind-2.1", "principle-02", "new", "percent", "higher-better"),
  define("ind-3.1", "principle-03", "mothersOrPregnant", "percent", "higher-better"),
  define("ind-4.1", "principle-04", "housed", "percent", "higher-better"),
  define("ind-4.2", "principle-04", "housed", "percent", "higher-better"),
  define("ind-5.1", "principle-05", "active", "percent", "higher-better"),
  define("ind-6.1", "principle-06", "active", "percent", "higher-better"),
  define("ind-7.1", "principle-07", "enrolled", "percent", "higher-better"),
  define("ind-8.1", "principle-08", "active", "percent", "higher-better"),
  define("ind-9.4", "principle-09", "disclosures", "percent", "higher-better"),
  define("ind-10.1", "principle-10", "active", "percent", "higher-better"),
  define("ind-11.1", "principle-11", "offered", "percent", "higher-better"),
  define("ind-x1", "cross-cutting", "closed", "percent", "target-zero"),
  define("ind-x2", "cross-cutting", "withReadings", "score", "higher-better"),
  define("ind-x3", "cross-cutting", "active", "count", "target-zero"),
  define("ind-x4", "cross-cutting", "goals", "percent", "higher-better"),
  define("ind-gas", "cross-cutting", "withReadings", "score", "higher-better"),
  define("ind-distance", "cross-cutting", "withReadings", "score", "higher-better"),
];

export function getIndicator(id: IndicatorId): IndicatorDefinition | undefined {
  return INDICATORS.find((indicator) => indicator.id === id);
}
