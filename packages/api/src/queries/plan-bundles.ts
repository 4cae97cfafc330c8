import {
  actions,
  and,
  appointments,
  asc,
  assessments,
  closures,
  count,
  type Database,
  desc,
  disclosures,
  eq,
  goals,
  inArray,
  isNull,
  plans,
  reviews,
  serviceProviders,
} from "@gesim/db";
import { groupByClient } from "./group-by-client.ts";
import {
  actionProvider,
  bookedLegal,
  CHECKED_ACTION_COLUMNS,
  type ClientRow,
  MAX_DISCLOSURES,
  MAX_REVIEWS,
  type PlanBundle,
} from "./plans.ts";

/**
 * Plan bundles of many clients at once (the dashboard scorecard): eight queries whatever the
 * number of clients, goals or actions, each with `inArray` on the client ids. Same rows and
 * order per client as `loadPlanBundle`, so core's checks see the same input.
 */
export async function loadPlanBundles(
  db: Database,
  organisationId: string,
  clientRows: readonly ClientRow[],
): Promise<PlanBundle[]> {
  if (clientRows.length === 0) return [];
  const ids = clientRows.map((c) => c.id);
  const planRows = await db
    .select()
    .from(plans)
    .where(and(eq(plans.organisationId, organisationId), inArray(plans.clientId, ids)));
  const goalRows = await db
    .select()
    .from(goals)
    .where(and(eq(goals.organisationId, organisationId), inArray(goals.clientId, ids)))
    .orderBy(asc(goals.position), asc(goals.createdAt));
  const actionRows = await db
    .select(CHECKED_ACTION_COLUMNS)
    .from(actions)
    .leftJoin(serviceProviders, actionProvider)
    .where(and(eq(actions.organisationId, organisationId), inArray(actions.clientId, ids)))
    .orderBy(asc(actions.position), asc(actions.createdAt));
  const columns = {
    clientId: assessments.clientId,
    kind: assessments.kind,
    version: assessments.version,
    assessedOn: assessments.assessedOn,
    content: assessments.content,
  };
  const ofClients = and(eq(assessments.organisationId, organisationId), inArray(assessments.clientId, ids));
  const latestRows = await db
    .selectDistinctOn([assessments.clientId, assessments.kind], columns)
    .from(assessments)
    .where(and(ofClients, inArray(assessments.kind, ["needs", "risk"])))
    .orderBy(asc(assessments.clientId), asc(assessments.kind), desc(assessments.version));
  const ladderRows = await db
    .select(columns)
    .from(assessments)
    .where(and(ofClients, eq(assessments.kind, "ladder")))
    .orderBy(asc(assessments.version));
  const reviewRows = await db
    .select({ clientId: reviews.clientId, reviewedOn: reviews.reviewedOn, housingRatedSafe: reviews.housingRatedSafe })
    .from(reviews)
    .where(and(eq(reviews.organisationId, organisationId), inArray(reviews.clientId, ids)))
    .orderBy(desc(reviews.reviewedOn));
  const disclosureRows = await db
    .select({
      clientId: disclosures.clientId,
      disclosedOn: disclosures.disclosedOn,
      recipient: disclosures.recipient,
      hasConsent: disclosures.hasConsent,
    })
    .from(disclosures)
    .where(and(eq(disclosures.organisationId, organisationId), inArray(disclosures.clientId, ids)))
    .orderBy(asc(disclosures.disclosedOn), asc(disclosures.createdAt));
  const closureRows = await db
    .select({ clientId: closures.clientId, closedOn: closures.closedOn, reasons: closures.reasons })
    .from(closures)
    .where(
      and(eq(closures.organisationId, organisationId), inArray(closures.clientId, ids), isNull(closures.reopenedOn)),
    )
    .orderBy(desc(closures.closedOn));
  const bookedRows = await db
    .select({ clientId: appointments.clientId, count: count() })
    .from(appointments)
    .where(and(eq(appointments.organisationId, organisationId), inArray(appointments.clientId, ids), bookedLegal))
    .groupBy(appointments.clientId);
  const booked = new Map(bookedRows.map((row) => [row.clientId, row.count]));
  const plan = new Map(planRows.map((p) => [p.clientId, p]));
  const [disclosuresOf, closuresOf] = [groupByClient(disclosureRows), groupByClient(closureRows)];
  const [goalsOf, actionsOf, latestOf, ladderOf, reviewsOf] = [
    groupByClient(goalRows),
    groupByClient(actionRows),
    groupByClient(latestRows),
    groupByClient(ladderRows),
    groupByClient(reviewRows),
  ];
  // A goal or action belongs to her one plan (plans_client_key), so grouping by client is grouping by plan.
  return clientRows.map((client) => ({
    client,
    plan: plan.get(client.id) ?? null,
    goals: plan.has(client.id) ? (goalsOf.get(client.id) ?? []) : [],
    actions: plan.has(client.id) ? (actionsOf.get(client.id) ?? []) : [],
    latest: latestOf.get(client.id) ?? [],
    ladder: ladderOf.get(client.id) ?? [],
    reviews: (reviewsOf.get(client.id) ?? []).slice(0, MAX_REVIEWS),
    disclosures: (disclosuresOf.get(client.id) ?? []).slice(0, MAX_DISCLOSURES),
    closure: client.status === "closed" ? (closuresOf.get(client.id)?.[0] ?? null) : null,
    legalAppointmentsWithInterpreter: booked.get(client.id) ?? 0,
  }));
}
