import { OVERDUE_STATUSES, type Period } from "@gesim/core";
import { actions, type Database, REFERRAL_STATUSES, referrals, reviews, sql, users } from "@gesim/db";
import type { DashboardFilters } from "../routers/dashboard/inputs.ts";
import { population, rowsOf } from "./dashboard-sql.ts";

/**
 * Manager-only indicators without a core definition (issue 6), in SQL over the clients active
 * in the period. Definitions, stated here and in the ADR 008:
 * - referral outcomes: her referrals SENT in the period, by current status;
 * - overdue actions: core's definition (plan/overdue.ts: planned or in progress, due before the
 *   day; blocked and cancelled never count) at the period's end (or today, if earlier); a step
 *   done after that day was still open then (a done action without a completion date counts as done);
 * - reviews on time: reviews whose next-review date fell in the period and has passed; on
 *   time when a later review of hers took place by that date;
 * - caseload: active women per caseworker (unassigned as null). Never shown to funders.
 */
export async function sqlReferralOutcomes(
  db: Database,
  organisationId: string,
  filters: DashboardFilters,
  period: Period,
) {
  const rows = await rowsOf<{ status: string; count: number }>(
    db,
    sql`${population(organisationId, filters, period)}
    select r.status::text as status, count(*)::int as count from ${referrals} r join active a on a.id = r.client_id
    where r.organisation_id = ${organisationId} and r.sent_on between ${period.from}::date and ${period.to}::date group by r.status`,
  );
  const counts = REFERRAL_STATUSES.map((status) => ({
    status,
    count: Number(rows.find((r) => r.status === status)?.count ?? 0),
  }));
  return { counts, total: counts.reduce((s, c) => s + c.count, 0) };
}

export async function sqlOverdueActions(
  db: Database,
  organisationId: string,
  filters: DashboardFilters,
  period: Period,
  today: string,
) {
  const asOf = period.to < today ? period.to : today;
  const [row] = await rowsOf<{ actions: number; women: number }>(
    db,
    sql`${population(organisationId, filters, period)}
    select count(*)::int as actions, count(distinct x.client_id)::int as women from ${actions} x join active a on a.id = x.client_id
    where x.organisation_id = ${organisationId} and x.due_date < ${asOf}::date
      and (x.status in (${sql.join(
        OVERDUE_STATUSES.map((s) => sql`${s}`),
        sql`, `,
      )}) or (x.status = 'done' and x.completed_on >= ${asOf}::date))`,
  );
  return { asOf, actions: Number(row?.actions ?? 0), women: Number(row?.women ?? 0) };
}

export async function sqlReviewsOnTime(
  db: Database,
  organisationId: string,
  filters: DashboardFilters,
  period: Period,
  today: string,
) {
  const [row] = await rowsOf<{ due: number; onTime: number }>(
    db,
    sql`${population(organisationId, filters, period)}
    select count(*)::int as due,
      (count(*) filter (where exists (
        select 1 from ${reviews} later where later.client_id = r.client_id and later.organisation_id = r.organisation_id
          and later.reviewed_on > r.reviewed_on and later.reviewed_on <= r.next_review_date)))::int as "onTime"
    from ${reviews} r join active a on a.id = r.client_id
    where r.organisation_id = ${organisationId} and r.next_review_date between ${period.from}::date and ${period.to}::date and r.next_review_date < ${today}::date`,
  );
  const due = Number(row?.due ?? 0);
  const onTime = Number(row?.onTime ?? 0);
  return { due, onTime, percent: due === 0 ? null : Math.round((onTime / due) * 1000) / 10 };
}

export async function sqlCaseload(db: Database, organisationId: string, filters: DashboardFilters, period: Period) {
  const rows = await rowsOf<{ caseworkerId: string | null; name: string | null; women: number }>(
    db,
    sql`${population(organisationId, filters, period)}
    select a.caseworker_id as "caseworkerId", min(u.display_name) as name, count(*)::int as women
    from active a left join ${users} u on u.id = a.caseworker_id group by a.caseworker_id order by name nulls last, a.caseworker_id`,
  );
  return rows.map((r) => ({ caseworkerId: r.caseworkerId, name: r.name, women: Number(r.women) }));
}
