import type { Period } from "@gesim/core";
import type { Database } from "@gesim/db";
import {
  sqlCaseload,
  sqlOverdueActions,
  sqlReferralOutcomes,
  sqlReviewsOnTime,
} from "../../queries/dashboard-activity.ts";
import { sqlClosures, sqlDistance, sqlGas, sqlTimeToFirstService } from "../../queries/dashboard-indicators.ts";
import type { DashboardFilters } from "./inputs.ts";

/**
 * dashboard.indicators output (SqlIndicators), every number computed in PostgreSQL:
 * {
 *   women: number (active in the period),
 *   timeToFirstService: { overall: Dist, byDomain: [{ domain, ...Dist }] }   (days; Dist = { n, median, p90 })
 *   durationOfSupport: Dist & { atLeast12Months }                           (whole months, closures in the period)
 *   closureReasons: { counts: [{ reason, count }], total }                  (reason codes + "unrecorded")
 *   gas: Dist & { bands: [{ band: "below-30"|"30-39"|…|"70-plus", count }] } (T-scores)
 *   distance: { perWoman: Dist, byDomain: [{ domain, ...Dist }], byPathway: [{ pathway: "plm"|"eem", ...Dist }] }
 *   referralOutcomes: { counts: [{ status, count }], total }
 *   overdueActions: { asOf, actions, women }
 *   reviewsOnTime: { due, onTime, percent | null }
 *   caseload: [{ caseworkerId | null, name | null, women }]
 * }
 * Ten queries whatever the caseload.
 */
export async function dashboardIndicators(
  db: Database,
  organisationId: string,
  filters: DashboardFilters,
  period: Period,
  today: string,
) {
  const timeToFirstService = await sqlTimeToFirstService(db, organisationId, filters, period);
  const closures = await sqlClosures(db, organisationId, filters, period);
  const gas = await sqlGas(db, organisationId, filters, period);
  const distance = await sqlDistance(db, organisationId, filters, period);
  const referralOutcomes = await sqlReferralOutcomes(db, organisationId, filters, period);
  const overdueActions = await sqlOverdueActions(db, organisationId, filters, period, today);
  const reviewsOnTime = await sqlReviewsOnTime(db, organisationId, filters, period, today);
  const caseload = await sqlCaseload(db, organisationId, filters, period);
  return {
    women: caseload.reduce((sum, row) => sum + row.women, 0),
    timeToFirstService,
    durationOfSupport: closures.duration,
    closureReasons: closures.closureReasons,
    gas,
    distance,
    referralOutcomes,
    overdueActions,
    reviewsOnTime,
    caseload,
  };
}

export type SqlIndicators = Awaited<ReturnType<typeof dashboardIndicators>>;
