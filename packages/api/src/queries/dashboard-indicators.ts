import {
  CLOSURE_REASONS,
  DEFAULT_GAS_RHO,
  DOMAIN_IDS,
  type DomainId,
  domainsForPathway,
  PATHWAY_IDS,
  type PathwayId,
  type Period,
} from "@gesim/core";
import { actions, assessments, type Database, goals, referrals, type SQL, sql } from "@gesim/db";
import type { DashboardFilters } from "../routers/dashboard/inputs.ts";
import { type Distribution, distributionColumns, population, rowsOf, toDistribution } from "./dashboard-sql.ts";

/**
 * The manager indicators that have a definition in core (indicators/compute-indicators.ts),
 * computed in SQL: one query each, aggregated in PostgreSQL. A test runs these and core's
 * `computeIndicators` over the same data and compares them (dashboard-indicators.test.ts).
 */
const inPeriod = (column: SQL, period: Period) => sql`${column} between ${period.from}::date and ${period.to}::date`;
const ALL = "all";

/** ind-1.1 (overall, over `base`) and ind-1.1-domain: days from first contact to first service. */
export async function sqlTimeToFirstService(
  db: Database,
  organisationId: string,
  filters: DashboardFilters,
  period: Period,
) {
  const rows = await rowsOf<Distribution & { domain: string }>(
    db,
    sql`${population(organisationId, filters, period)}, svc as (
      select a.client_id, a.domain::text as domain, min(coalesce(a.started_on, a.completed_on)) as first
      from ${actions} a join base b on b.id = a.client_id where a.organisation_id = ${organisationId} group by a.client_id, a.domain
    ), ref as (
      select r.client_id, min(r.decided_on) filter (where r.status in ('accepted', 'done')) as first
      from ${referrals} r join base b on b.id = r.client_id where r.organisation_id = ${organisationId} group by r.client_id
    ), svc_first as (
      select client_id, min(first) as first from svc group by client_id
    ), overall as (
      -- Joins, not correlated subqueries over the CTEs: those rescanned svc once per woman (13.8 s at 100k).
      select b.first_contact_date, least(s.first, f.first) as first
      from base b left join svc_first s on s.client_id = b.id left join ref f on f.client_id = b.id
    )
    select ${ALL}::text as domain, ${distributionColumns(sql`(first - first_contact_date)`)} from overall where ${inPeriod(sql`first`, period)}
    union all
    select s.domain, ${distributionColumns(sql`(s.first - b.first_contact_date)`)} from svc s join base b on b.id = s.client_id where ${inPeriod(sql`s.first`, period)} group by s.domain`,
  );
  const find = (domain: string) => toDistribution(rows.find((r) => r.domain === domain));
  return { overall: find(ALL), byDomain: DOMAIN_IDS.map((domain) => ({ domain, ...find(domain) })) };
}

/** ind-1.4 (whole months, closures in the period) and ind-1.5 (closures by first reason). */
export async function sqlClosures(db: Database, organisationId: string, filters: DashboardFilters, period: Period) {
  const months = sql`(extract(year from age(closure_date, first_contact_date)) * 12 + extract(month from age(closure_date, first_contact_date)))::int`;
  const [duration] = await rowsOf<Distribution & { atLeast12Months: number }>(
    db,
    sql`${population(organisationId, filters, period)}
    select ${distributionColumns(months)}, (count(*) filter (where ${months} >= 12))::int as "atLeast12Months"
    from base where ${inPeriod(sql`closure_date`, period)}`,
  );
  const reasons = await rowsOf<{ reason: string; count: number }>(
    db,
    sql`${population(organisationId, filters, period)}
    select coalesce(closure_reason, 'unrecorded') as reason, count(*)::int as count from base where ${inPeriod(sql`closure_date`, period)} group by 1`,
  );
  const counts = [...CLOSURE_REASONS, "unrecorded"].map((reason) => ({
    reason,
    count: Number(reasons.find((r) => r.reason === reason)?.count ?? 0),
  }));
  return {
    duration: { ...toDistribution(duration), atLeast12Months: Number(duration?.atLeast12Months ?? 0) },
    closureReasons: { counts, total: counts.reduce((s, c) => s + c.count, 0) },
  };
}

/** T-score bands of the GAS distribution (mean 50, sd 10). */
export const GAS_BANDS = ["below-30", "30-39", "40-49", "50-59", "60-69", "70-plus"] as const;

/** ind-gas: her Kiresuk–Sherman T-score (core gasTScore, ρ = 0.3) over her goals, for active women. */
export async function sqlGas(db: Database, organisationId: string, filters: DashboardFilters, period: Period) {
  const rho = DEFAULT_GAS_RHO;
  const query = sql`${population(organisationId, filters, period)}, sums as (
      select g.client_id, sum(g.weight * g.current_gas_level)::float8 as wx, sum(g.weight)::float8 as sw, sum(g.weight * g.weight)::float8 as sw2
      from ${goals} g join active a on a.id = g.client_id
      where g.organisation_id = ${organisationId} and g.current_gas_level between -2 and 2 and g.weight > 0
      group by g.client_id
    ), t as (
      select least(100, greatest(0, case when wx = 0 then 50 else 50 + (10 * wx) / sqrt((1 - ${rho}::float8) * sw2 + ${rho}::float8 * sw * sw) end)) as t from sums
    )
    select ${distributionColumns(sql`t`)},
      ${sql.join(
        GAS_BANDS.map(
          (band, i) =>
            sql`(count(*) filter (where t >= ${i === 0 ? -1 : 20 + i * 10} and t < ${i === GAS_BANDS.length - 1 ? 1000 : 30 + i * 10}))::int as ${sql.identifier(band)}`,
        ),
        sql`, `,
      )}
    from t`;
  const [row] = await rowsOf<Distribution & Record<(typeof GAS_BANDS)[number], number>>(db, query);
  return { ...toDistribution(row), bands: GAS_BANDS.map((band) => ({ band, count: Number(row?.[band] ?? 0) })) };
}

/**
 * Distance travelled on the ladders (0–10) for active women: per domain, her latest minus her
 * first reading (readings in assessment order, as case-records `ladders`); per woman (core
 * ind-distance) and per pathway, the mean of those changes over the domains (of the pathway).
 */
export async function sqlDistance(db: Database, organisationId: string, filters: DashboardFilters, period: Period) {
  const domainList = sql.join(
    DOMAIN_IDS.map((d) => sql`${d}`),
    sql`, `,
  );
  const readings = sql`select a.client_id, r.elem->>'domain' as domain, (r.elem->>'value')::float8 as value, a.assessed_on, a.version, r.ord
    from ${assessments} a join active x on x.id = a.client_id
    cross join lateral jsonb_array_elements(case when jsonb_typeof(a.content->'readings') = 'array' then a.content->'readings' else '[]'::jsonb end) with ordinality as r(elem, ord)
    where a.organisation_id = ${organisationId} and a.kind = 'ladder' and jsonb_typeof(r.elem) = 'object'
      and jsonb_typeof(r.elem->'value') = 'number' and (r.elem->>'domain') in (${domainList})`;
  const pathwayCase = sql.join(
    PATHWAY_IDS.map(
      (p) =>
        sql`select ${p}::text as pathway, client_id, avg(change) as change from changes where domain in (${sql.join(
          domainsForPathway(p).map((d) => sql`${d.id}`),
          sql`, `,
        )}) group by client_id`,
    ),
    sql` union all `,
  );
  const rows = await rowsOf<Distribution & { kind: string; key: string }>(
    db,
    sql`${population(organisationId, filters, period)}, readings as (
      select * from (${readings}) v where v.value between 0 and 10
    ), changes as (
      select client_id, domain,
        (array_agg(value order by assessed_on desc, version desc, ord desc))[1] - (array_agg(value order by assessed_on, version, ord))[1] as change
      from readings group by client_id, domain
    ), per_woman as (
      select client_id, avg(change) as change from changes group by client_id
    ), per_pathway as (${pathwayCase})
    select 'woman' as kind, ${ALL}::text as key, ${distributionColumns(sql`change`)} from per_woman
    union all select 'domain', domain, ${distributionColumns(sql`change`)} from changes group by domain
    union all select 'pathway', pathway, ${distributionColumns(sql`change`)} from per_pathway group by pathway`,
  );
  const find = (kind: string, key: string) => toDistribution(rows.find((r) => r.kind === kind && r.key === key));
  return {
    perWoman: find("woman", ALL),
    byDomain: DOMAIN_IDS.map((domain: DomainId) => ({ domain, ...find("domain", domain) })),
    byPathway: PATHWAY_IDS.map((pathway: PathwayId) => ({ pathway, ...find("pathway", pathway) })),
  };
}
