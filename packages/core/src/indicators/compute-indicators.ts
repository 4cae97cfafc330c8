import { DOMAIN_IDS, type DomainId } from "../domains/domain-ids.ts";
import { addDays, daysBetween } from "../plan/iso-date.ts";
import { CLOSURE_REASONS } from "../plan/plan.ts";
import type { CaseRecord } from "./case-record.ts";
import type { IndicatorId } from "./indicator-definitions.ts";
import { median, nearestRank, percentOf, wholeMonthsBetween } from "./statistics.ts";

/**
 * Pure indicator computations over case records for a reporting period [from, to] (inclusive
 * ISO dates). Populations:
 * - active: first contact ≤ to, and no closure or closure ≥ from;
 * - new: first contact within the period;
 * - closed: closure date within the period.
 * Results are TRUE values for managers; anything for funders goes through disclosure/ first.
 */
export type Period = { readonly from: string; readonly to: string };

export type RatioResult = {
  readonly kind: "ratio";
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: number | null;
};
export type DistributionResult = {
  readonly kind: "distribution";
  readonly n: number;
  readonly median: number | null;
  readonly p90: number | null;
};
export type CountResult = { readonly kind: "count"; readonly value: number; readonly women: number };
export type BreakdownResult = {
  readonly kind: "breakdown";
  readonly counts: Readonly<Record<string, number>>;
  readonly total: number;
};
export type IndicatorResult = RatioResult | DistributionResult | CountResult | BreakdownResult;

/**
 * Default legal-needs assessment window of indicator 2.1 and safety-review window of 8.1 (days).
 * An organisation's own windows (its PlanCheckConfig) are passed to computeIndicators, so the
 * indicators and the plan checks use the same numbers (issue 21 item 9).
 */
export const LEGAL_ASSESSMENT_WITHIN_DAYS = 14;
export const SAFETY_REVIEW_WITHIN_DAYS = 90;

export type IndicatorWindows = {
  readonly legalAssessmentWithinDays: number;
  readonly safetyReviewIntervalDays: number;
};
export const DEFAULT_INDICATOR_WINDOWS: IndicatorWindows = {
  legalAssessmentWithinDays: LEGAL_ASSESSMENT_WITHIN_DAYS,
  safetyReviewIntervalDays: SAFETY_REVIEW_WITHIN_DAYS,
};

const within = (date: string | undefined, period: Period): date is string =>
  date !== undefined && date >= period.from && date <= period.to;

export function activeIn(records: readonly CaseRecord[], period: Period): CaseRecord[] {
  return records.filter(
    (r) => r.firstContactDate <= period.to && (r.closureDate === undefined || r.closureDate >= period.from),
  );
}
export function newIn(records: readonly CaseRecord[], period: Period): CaseRecord[] {
  return records.filter((r) => within(r.firstContactDate, period));
}
export function closedIn(records: readonly CaseRecord[], period: Period): CaseRecord[] {
  return records.filter((r) => within(r.closureDate, period));
}

function ratio(population: readonly CaseRecord[], test: (r: CaseRecord) => boolean): RatioResult {
  const numerator = population.filter(test).length;
  return { kind: "ratio", numerator, denominator: population.length, percent: percentOf(numerator, population.length) };
}
function distribution(values: readonly number[]): DistributionResult {
  return { kind: "distribution", n: values.length, median: median(values), p90: nearestRank(values, 90) };
}

/** 1.1: days from first contact to first service, for women first served in the period. */
export function timeToFirstService(records: readonly CaseRecord[], period: Period): DistributionResult {
  return distribution(
    records.flatMap((r) =>
      within(r.firstServiceDate, period) ? [daysBetween(r.firstContactDate, r.firstServiceDate)] : [],
    ),
  );
}

/** 1.1 per domain: days from first contact to the first service in that domain. */
export function timeToFirstServiceByDomain(
  records: readonly CaseRecord[],
  period: Period,
): Readonly<Record<DomainId, DistributionResult>> {
  const entries = DOMAIN_IDS.map((domain) => {
    const days = records.flatMap((r) => {
      const date = r.firstServiceDateByDomain[domain];
      return within(date, period) ? [daysBetween(r.firstContactDate, date)] : [];
    });
    return [domain, distribution(days)] as const;
  });
  return Object.fromEntries(entries) as Record<DomainId, DistributionResult>;
}

/** 1.4: whole months from first contact to closure, for women whose support ended in the period. */
export function durationOfSupport(
  records: readonly CaseRecord[],
  period: Period,
): DistributionResult & { readonly atLeast12Months: number } {
  const months = closedIn(records, period).flatMap((r) =>
    r.closureDate ? [wholeMonthsBetween(r.firstContactDate, r.closureDate)] : [],
  );
  return { ...distribution(months), atLeast12Months: months.filter((m) => m >= 12).length };
}

/** 1.5: closures in the period by reason (every reason present, zeros included). */
export function closureReasons(records: readonly CaseRecord[], period: Period): BreakdownResult {
  const closed = closedIn(records, period);
  const counts = Object.fromEntries(CLOSURE_REASONS.map((reason) => [reason, 0])) as Record<string, number>;
  counts.unrecorded = 0;
  for (const r of closed) {
    const reason = r.closureReason ?? "unrecorded";
    counts[reason] = (counts[reason] ?? 0) + 1;
  }
  return { kind: "breakdown", counts, total: closed.length };
}

function sumCount(population: readonly CaseRecord[], value: (r: CaseRecord) => number): CountResult {
  return {
    kind: "count",
    value: population.reduce((s, r) => s + value(r), 0),
    women: population.filter((r) => value(r) > 0).length,
  };
}

/** Mean over domains of (latest − first) ladder reading, per woman with at least one domain read twice. */
function distanceTravelled(r: CaseRecord): number | undefined {
  const changes = DOMAIN_IDS.flatMap((d) => {
    const first = r.ladderFirst[d];
    const last = r.ladderLast[d];
    return first !== undefined && last !== undefined ? [last - first] : [];
  });
  return changes.length === 0 ? undefined : changes.reduce((a, b) => a + b, 0) / changes.length;
}

/** Every indicator for the period, keyed by indicator id. */
export function computeIndicators(
  records: readonly CaseRecord[],
  period: Period,
  windows: IndicatorWindows = DEFAULT_INDICATOR_WINDOWS,
): Readonly<Record<Exclude<IndicatorId, "ind-1.1-domain">, IndicatorResult>> & {
  readonly "ind-1.1-domain": Readonly<Record<DomainId, DistributionResult>>;
} {
  const active = activeIn(records, period);
  const fresh = newIn(records, period);
  const closed = closedIn(records, period);
  const housed = active.filter((r) => r.isHousedByProgramme);
  const reviewedSince = addDays(period.to, -windows.safetyReviewIntervalDays);
  const disclosures = active.reduce((s, r) => s + r.disclosuresToAuthoritiesCount, 0);
  const consented = active.reduce(
    (s, r) => s + Math.min(r.disclosuresToAuthoritiesWithConsentCount, r.disclosuresToAuthoritiesCount),
    0,
  );
  const goals = active.reduce((s, r) => s + r.goalsTotal, 0);
  const achieved = active.reduce((s, r) => s + Math.min(r.goalsAchieved, r.goalsTotal), 0);
  return {
    "ind-1.1": timeToFirstService(records, period),
    "ind-1.1-domain": timeToFirstServiceByDomain(records, period),
    "ind-1.2": ratio(fresh, (r) => r.takenOnWithoutFormalIdentification),
    "ind-1.3": sumCount(active, (r) => r.conditionsImposedCount),
    "ind-1.4": durationOfSupport(records, period),
    "ind-1.5": closureReasons(records, period),
    "ind-2.1": ratio(
      fresh,
      (r) =>
        r.legalNeedsAssessedDate !== undefined &&
        daysBetween(r.firstContactDate, r.legalNeedsAssessedDate) <= windows.legalAssessmentWithinDays,
    ),
    "ind-3.1": ratio(
      active.filter((r) => r.hasChildren || r.isPregnant),
      (r) => r.hasChildNeedsPlan,
    ),
    "ind-4.1": ratio(housed, (r) => r.accommodationSingleSex),
    "ind-4.2": ratio(housed, (r) => r.accommodationRatedSafe === "yes"),
    "ind-5.1": ratio(active, (r) => r.psychAssessmentOffered),
    "ind-6.1": ratio(active, (r) => r.healthCheckDone),
    "ind-7.1": ratio(
      active.filter((r) => r.languageCourseEnrolled),
      (r) => r.languageCourseCompleted,
    ),
    "ind-8.1": ratio(
      active,
      (r) =>
        r.safetyPlanReviewedDate !== undefined &&
        r.safetyPlanReviewedDate > reviewedSince &&
        r.safetyPlanReviewedDate <= period.to,
    ),
    "ind-9.4": {
      kind: "ratio",
      numerator: consented,
      denominator: disclosures,
      percent: percentOf(consented, disclosures),
    },
    "ind-10.1": ratio(active, (r) => r.hasOwnWordsGoals && r.planAgreedByHer),
    "ind-11.1": ratio(
      active.filter((r) => r.peerGroupOffered),
      (r) => r.peerGroupSessionsAttended > 0,
    ),
    "ind-x1": ratio(
      closed.filter((r) => r.reExploitedWithin12Months !== undefined),
      (r) => r.reExploitedWithin12Months === true,
    ),
    "ind-x2": distribution(
      active.flatMap((r) =>
        r.confidenceFirst !== undefined && r.confidenceLast !== undefined ? [r.confidenceLast - r.confidenceFirst] : [],
      ),
    ),
    "ind-x3": sumCount(active, (r) => r.secondaryVictimisationCount),
    "ind-x4": { kind: "ratio", numerator: achieved, denominator: goals, percent: percentOf(achieved, goals) },
    "ind-gas": distribution(active.flatMap((r) => (r.gasTScore === undefined ? [] : [r.gasTScore]))),
    "ind-distance": distribution(
      active.flatMap((r) => {
        const d = distanceTravelled(r);
        return d === undefined ? [] : [d];
      }),
    ),
  };
}
