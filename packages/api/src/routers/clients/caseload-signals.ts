import { OVERDUE_STATUSES, RiskAssessmentSchema, type RiskLevel, scoreRiskAssessment } from "@gesim/core";
import { actions, and, assessments, count, type Database, desc, eq, inArray, lt } from "@gesim/db";

export type CaseloadSignals = { riskLevel: RiskLevel | null; overdueActions: number };

/**
 * What the caseload shows beside each pseudonym: the level of her latest risk assessment
 * (scored by core, never stored) and how many of her actions are past their due date. Two
 * queries for the whole page, whatever its size.
 */
export async function loadCaseloadSignals(
  db: Database,
  organisationId: string,
  clientIds: readonly string[],
  today: string,
) {
  const signals = new Map<string, CaseloadSignals>(clientIds.map((id) => [id, { riskLevel: null, overdueActions: 0 }]));
  if (clientIds.length === 0) return signals;
  const ids = [...clientIds];
  const overdue = await db
    .select({ clientId: actions.clientId, n: count() })
    .from(actions)
    .where(
      and(
        eq(actions.organisationId, organisationId),
        inArray(actions.clientId, ids),
        // core's definition of overdue (plan/overdue.ts): open and due before today, blocked not counted
        inArray(actions.status, [...OVERDUE_STATUSES]),
        lt(actions.dueDate, today),
      ),
    )
    .groupBy(actions.clientId);
  for (const row of overdue) {
    const entry = signals.get(row.clientId);
    if (entry) entry.overdueActions = row.n;
  }
  const risks = await db
    .selectDistinctOn([assessments.clientId], { clientId: assessments.clientId, content: assessments.content })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        inArray(assessments.clientId, ids),
        eq(assessments.kind, "risk"),
      ),
    )
    .orderBy(assessments.clientId, desc(assessments.version));
  for (const row of risks) {
    const parsed = RiskAssessmentSchema.safeParse(row.content);
    const entry = signals.get(row.clientId);
    if (entry && parsed.success) entry.riskLevel = scoreRiskAssessment(parsed.data.answers).level;
  }
  return signals;
}
