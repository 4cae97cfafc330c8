import { domainsForPathway, type Period } from "@gesim/core";
import { actions, and, clients, eq, goals, gte, inArray, isNull, lte, ne, or, type SQL, sql } from "@gesim/db";
import type { DashboardFilters } from "../routers/dashboard/inputs.ts";

/**
 * Which clients the manager dashboard counts, as SQL conditions on `clients`, so every
 * dashboard query (scorecard, gap list, SQL indicators) narrows the same population.
 * Citizenship follows the case records: unknown counts as EU for EU citizens, else third-country.
 */
export const citizenshipGroupSql = sql<string>`coalesce(${clients.citizenship}::text, case when ${clients.legalStatus} = 'eu-citizen' then 'eu' else 'third-country' end)`;

export function filterConditions(organisationId: string, filters: DashboardFilters): SQL[] {
  const conditions: SQL[] = [eq(clients.organisationId, organisationId)];
  if (filters.caseworkerId) conditions.push(eq(clients.caseworkerId, filters.caseworkerId));
  if (filters.citizenshipGroup) conditions.push(sql`${citizenshipGroupSql} = ${filters.citizenshipGroup}`);
  if (filters.hasChildren !== undefined)
    conditions.push(filters.hasChildren ? sql`${clients.childrenCount} > 0` : sql`${clients.childrenCount} = 0`);
  if (filters.pathway) {
    const domains = domainsForPathway(filters.pathway).map((d) => d.id);
    conditions.push(
      sql`exists (select 1 from ${goals} where ${goals.clientId} = ${clients.id} and ${inArray(goals.domain, domains)})`,
    );
  }
  if (filters.domain) {
    const domain = filters.domain;
    conditions.push(
      sql`(exists (select 1 from ${goals} where ${goals.clientId} = ${clients.id} and ${eq(goals.domain, domain)}) or exists (select 1 from ${actions} where ${actions.clientId} = ${clients.id} and ${eq(actions.domain, domain)}))`,
    );
  }
  return conditions;
}

/** Clients whose support is running now (the scorecard): not closed. */
export function currentClients(organisationId: string, filters: DashboardFilters): SQL | undefined {
  return and(...filterConditions(organisationId, filters), ne(clients.status, "closed"));
}

/** Clients active in a period, as core's case records load them (first contact ≤ to, not closed before from). */
export function clientsActiveIn(organisationId: string, filters: DashboardFilters, period: Period): SQL | undefined {
  return and(
    ...filterConditions(organisationId, filters),
    lte(clients.firstContactDate, period.to),
    or(isNull(clients.closedOn), gte(clients.closedOn, period.from)),
  );
}
