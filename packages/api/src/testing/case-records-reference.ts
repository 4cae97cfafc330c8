import {
  AGE_BANDS,
  type CaseRecord,
  CaseRecordSchema,
  type CLOSURE_REASONS,
  checkConsent,
  DOMAIN_IDS,
  type DomainId,
  type GasLevel,
  gasTScore,
  isGoalAchieved,
  type Period,
} from "@gesim/core";
import {
  actions,
  and,
  asc,
  assessments,
  clients,
  closures,
  consents,
  type Database,
  disclosures,
  eq,
  goals,
  gte,
  inArray,
  isNull,
  lte,
  or,
  organisations,
  plans,
  referrals,
  reviews,
  sql,
} from "@gesim/db";
import { NARRATIVE_NOT_READ } from "../crypto/narrative.ts";
import { toConsentRecord } from "../queries/consents.ts";
import { groupByClient } from "../queries/group-by-client.ts";

/**
 * TEST-ONLY REFERENCE: the loader before issue 8, kept to prove the SQL loader
 * (queries/case-records.ts) builds exactly the same records. It reads every child row of the
 * period's clients into Node (one query per table with `inArray` on their ids) and assembles
 * the records here; at 100k clients that costs ~1 GB and seconds per organisation.
 * Records stay inside the organisation: managers see computed numbers, funders only protected
 * aggregates (routers/indicators). Facts the schema does not record yet (disclosures to
 * authorities, confidence readings, re-exploitation, secondary victimisation) are absent/zero.
 */
type ClientRow = typeof clients.$inferSelect;
type Ladder = Partial<Record<DomainId, number>>;

const PSYCH: DomainId = "therapy";
const SERVICE_STATUSES = ["in-progress", "done"] as const;
const isDomain = (d: unknown): d is DomainId => typeof d === "string" && (DOMAIN_IDS as readonly string[]).includes(d);
const minDate = (a: string | undefined, b: string | null | undefined): string | undefined =>
  b == null ? a : a === undefined || b < a ? b : a;

/** First and latest reading per domain from ladder assessments (content: { readings: [{ domain, value }] }), oldest first. */
function ladders(rows: readonly { content: unknown }[]): {
  first: Ladder;
  last: Ladder;
} {
  const first: Ladder = {};
  const last: Ladder = {};
  for (const row of rows) {
    const readings = (row.content as { readings?: unknown } | null)?.readings;
    if (!Array.isArray(readings)) continue;
    for (const r of readings as { domain?: unknown; value?: unknown }[]) {
      if (!isDomain(r.domain) || typeof r.value !== "number" || r.value < 0 || r.value > 10) continue;
      first[r.domain] ??= r.value;
      last[r.domain] = r.value;
    }
  }
  return { first, last };
}

function legalNeedsAssessedOn(rows: readonly { assessedOn: string; content: unknown }[]): string | undefined {
  return rows.find((row) => (row.content as { needs?: Record<string, unknown> } | null)?.needs?.legal !== undefined)
    ?.assessedOn;
}

function ageBandOf(value: string | null): CaseRecord["ageBand"] {
  return AGE_BANDS.find((band) => band === value) ?? "unknown";
}

/** Loads the records of the clients active in `period` (first contact ≤ to, not closed before from). */
export async function loadCaseRecordsReference(
  db: Database,
  organisationId: string,
  period: Period,
  today: string,
): Promise<CaseRecord[]> {
  const [organisation] = await db
    .select({ country: organisations.country })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const country = /^[A-Z]{2}$/.test(organisation?.country ?? "") ? (organisation?.country ?? "ZZ") : "ZZ";
  const clientRows = await db
    .select()
    .from(clients)
    .where(
      and(
        eq(clients.organisationId, organisationId),
        lte(clients.firstContactDate, period.to),
        or(isNull(clients.closedOn), gte(clients.closedOn, period.from)),
      ),
    )
    .orderBy(asc(clients.id));
  if (clientRows.length === 0) return [];
  const ids = clientRows.map((c) => c.id);
  // One query per table, run one after the other (a transaction is one connection).
  const planRows = await db
    .select()
    .from(plans)
    .where(and(eq(plans.organisationId, organisationId), inArray(plans.clientId, ids)));
  const goalRows = await db
    .select({
      clientId: goals.clientId,
      domain: goals.domain,
      inHerOwnWords: goals.inHerOwnWords,
      level: goals.currentGasLevel,
      weight: goals.weight,
    })
    .from(goals)
    .where(and(eq(goals.organisationId, organisationId), inArray(goals.clientId, ids)));
  const serviceRows = await db
    .select({
      clientId: actions.clientId,
      domain: actions.domain,
      firstService: sql<string | null>`min(coalesce(${actions.startedOn}, ${actions.completedOn}))`,
      started: sql<number>`count(*) filter (where ${inArray(actions.status, SERVICE_STATUSES)})::int`,
      done: sql<number>`count(*) filter (where ${eq(actions.status, "done")})::int`,
      planned: sql<number>`count(*) filter (where ${actions.status} <> 'cancelled')::int`,
      healthChecks: sql<number>`count(*) filter (where ${eq(actions.status, "done")} and ${eq(actions.catalogueActionId, "health-check")})::int`,
    })
    .from(actions)
    .where(and(eq(actions.organisationId, organisationId), inArray(actions.clientId, ids)))
    .groupBy(actions.clientId, actions.domain);
  const assessmentRows = await db
    .select({
      clientId: assessments.clientId,
      kind: assessments.kind,
      assessedOn: assessments.assessedOn,
      content: assessments.content,
    })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        inArray(assessments.clientId, ids),
        inArray(assessments.kind, ["needs", "ladder"]),
      ),
    )
    .orderBy(asc(assessments.assessedOn), asc(assessments.version));
  const reviewRows = await db
    .select({
      clientId: reviews.clientId,
      reviewedOn: reviews.reviewedOn,
      housingRatedSafe: reviews.housingRatedSafe,
      secondaryVictimisationEvents: reviews.secondaryVictimisationEvents,
    })
    .from(reviews)
    .where(and(eq(reviews.organisationId, organisationId), inArray(reviews.clientId, ids)))
    .orderBy(asc(reviews.reviewedOn), asc(reviews.id));
  const closureRows = await db
    .select({
      clientId: closures.clientId,
      closedOn: closures.closedOn,
      reasons: closures.reasons,
      reopenedOn: closures.reopenedOn,
    })
    .from(closures)
    .where(and(eq(closures.organisationId, organisationId), inArray(closures.clientId, ids)))
    .orderBy(asc(closures.closedOn));
  const consentRows = await db
    .select()
    .from(consents)
    .where(
      and(
        eq(consents.organisationId, organisationId),
        inArray(consents.clientId, ids),
        eq(consents.purpose, "anonymised-reporting"),
      ),
    );
  const referralRows = await db
    .select({
      clientId: referrals.clientId,
      firstService: sql<
        string | null
      >`min(${referrals.decidedOn}) filter (where ${inArray(referrals.status, ["accepted", "done"])})`,
    })
    .from(referrals)
    .where(and(eq(referrals.organisationId, organisationId), inArray(referrals.clientId, ids)))
    .groupBy(referrals.clientId);
  const disclosureRows = await db
    .select({ clientId: disclosures.clientId, hasConsent: disclosures.hasConsent })
    .from(disclosures)
    .where(
      and(
        eq(disclosures.organisationId, organisationId),
        inArray(disclosures.clientId, ids),
        inArray(disclosures.recipient, ["police", "prosecution", "immigration"]),
      ),
    );
  const by = {
    disclosures: groupByClient(disclosureRows),
    plan: new Map(planRows.map((p) => [p.clientId, p])),
    goals: groupByClient(goalRows),
    services: groupByClient(serviceRows),
    assessments: groupByClient(assessmentRows),
    reviews: groupByClient(reviewRows),
    closures: groupByClient(closureRows),
    consents: groupByClient(consentRows.map((row) => toConsentRecord(row, NARRATIVE_NOT_READ))),
    referral: new Map(referralRows.map((r) => [r.clientId, r.firstService])),
  };
  return clientRows.map((client) => toCaseRecord(client, country, today, by, period));
}

type Loaded = {
  plan: Map<string, typeof plans.$inferSelect>;
  goals: Map<
    string,
    {
      domain: DomainId;
      inHerOwnWords: boolean;
      level: number;
      weight: number;
    }[]
  >;
  services: Map<
    string,
    {
      domain: DomainId;
      firstService: string | null;
      started: number;
      done: number;
      planned: number;
      healthChecks: number;
    }[]
  >;
  disclosures: Map<string, { hasConsent: boolean }[]>;
  assessments: Map<string, { kind: string; assessedOn: string; content: unknown }[]>;
  reviews: Map<
    string,
    { reviewedOn: string; housingRatedSafe: string | null; secondaryVictimisationEvents: number | null }[]
  >;
  closures: Map<
    string,
    {
      closedOn: string;
      reasons: (typeof CLOSURE_REASONS)[number][];
      reopenedOn: string | null;
    }[]
  >;
  consents: Map<string, ReturnType<typeof toConsentRecord>[]>;
  referral: Map<string, string | null>;
};

/** One client's rows → her CaseRecord (validated by core's schema: a bad row fails loudly, not silently). */
function toCaseRecord(client: ClientRow, country: string, today: string, by: Loaded, period: Period): CaseRecord {
  // X3: the events asked about at her reviews in the period (null: not asked at that review).
  const harmed = (by.reviews.get(client.id) ?? []).filter(
    (r) => r.reviewedOn >= period.from && r.reviewedOn <= period.to && r.secondaryVictimisationEvents !== null,
  );
  const plan = by.plan.get(client.id);
  const planGoals = by.goals.get(client.id) ?? [];
  const services = by.services.get(client.id) ?? [];
  const service = (domain: DomainId) => services.find((s) => s.domain === domain);
  const clientAssessments = by.assessments.get(client.id) ?? [];
  const ladder = ladders(clientAssessments.filter((a) => a.kind === "ladder"));
  const closure = (by.closures.get(client.id) ?? []).filter((c) => c.reopenedOn === null).at(-1);
  const closureDate = client.closedOn ?? closure?.closedOn;
  const firstServiceDateByDomain = Object.fromEntries(
    services.flatMap((s) => (s.firstService ? [[s.domain, s.firstService]] : [])),
  );
  const firstServiceDate = minDate(
    services.reduce<string | undefined>((min, s) => minDate(min, s.firstService), undefined),
    by.referral.get(client.id),
  );
  const rated =
    [...(by.reviews.get(client.id) ?? [])].reverse().find((r) => r.housingRatedSafe !== null)?.housingRatedSafe ??
    plan?.accommodationRatedSafe;
  const gas = planGoals
    .filter((g) => g.level >= -2 && g.level <= 2 && g.weight > 0)
    .map((g) => ({ level: g.level as GasLevel, weight: g.weight }));
  const gasScore = gasTScore(gas);
  const legalNeeds = legalNeedsAssessedOn(clientAssessments.filter((a) => a.kind === "needs"));
  return CaseRecordSchema.parse({
    caseId: client.id,
    organisationId: client.organisationId,
    status: client.status,
    firstContactDate: client.firstContactDate,
    ...(firstServiceDate ? { firstServiceDate } : {}),
    firstServiceDateByDomain,
    ...(closureDate ? { closureDate } : {}),
    ...(closureDate && closure?.reasons[0] ? { closureReason: closure.reasons[0] } : {}),
    ageBand: ageBandOf(client.ageBand),
    citizenshipGroup: client.citizenship ?? (client.legalStatus === "eu-citizen" ? "eu" : "third-country"),
    hasChildren: client.childrenCount > 0,
    isPregnant: client.isPregnant,
    legalStatus: client.legalStatus ?? "other",
    country,
    reportingConsent: checkConsent(by.consents.get(client.id) ?? [], "anonymised-reporting", today).ok,
    takenOnWithoutFormalIdentification: client.identificationStatus !== "formally-identified",
    conditionsImposedCount: plan?.conditionsImposed.length ?? 0,
    ...(legalNeeds ? { legalNeedsAssessedDate: legalNeeds } : {}),
    hasChildNeedsPlan: planGoals.some((g) => g.domain === "childcare") || (service("childcare")?.planned ?? 0) > 0,
    isHousedByProgramme: plan?.accommodationSingleSex != null,
    accommodationSingleSex: plan?.accommodationSingleSex === true,
    accommodationRatedSafe: rated === "yes" || rated === "no" ? rated : "not-asked",
    psychAssessmentOffered: (service(PSYCH)?.planned ?? 0) > 0,
    psychAssessmentAccepted: (service(PSYCH)?.started ?? 0) > 0,
    healthCheckDone: (service("medical")?.healthChecks ?? 0) > 0,
    languageCourseEnrolled: (service("language")?.started ?? 0) > 0,
    languageCourseCompleted: (service("language")?.done ?? 0) > 0,
    ...(plan?.lastSafetyReviewDate ? { safetyPlanReviewedDate: plan.lastSafetyReviewDate } : {}),
    disclosuresToAuthoritiesCount: (by.disclosures.get(client.id) ?? []).length,
    disclosuresToAuthoritiesWithConsentCount: (by.disclosures.get(client.id) ?? []).filter((d) => d.hasConsent).length,
    hasOwnWordsGoals: planGoals.some((g) => g.inHerOwnWords),
    planAgreedByHer: plan?.agreedByClient ?? false,
    peerGroupOffered: (service("peer-support")?.planned ?? 0) > 0,
    peerGroupSessionsAttended: service("peer-support")?.done ?? 0,
    ...(gasScore !== null ? { gasTScore: Math.max(0, Math.min(100, gasScore)) } : {}),
    goalsTotal: planGoals.length,
    goalsAchieved: planGoals.filter((g) => isGoalAchieved({ currentGasLevel: g.level as GasLevel })).length,
    ladderFirst: ladder.first,
    ladderLast: ladder.last,
    secondaryVictimisationCount: harmed.reduce((sum, r) => sum + (r.secondaryVictimisationEvents ?? 0), 0),
    ...(harmed.length > 0 ? { secondaryVictimisationAsked: true } : {}),
  });
}
