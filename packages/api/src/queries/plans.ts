// Loading a plan with everything its checks need, in a fixed number of queries (one per
// table, never one per goal or action), and turning the rows into core's check input.
import {
  ChildSchema,
  CITIZENSHIP_GROUPS,
  type LadderComparison,
  type LadderReading,
  LadderReadingSchema,
  MAX_CHILDREN,
  NeedsAssessmentSchema,
  type PlanAction,
  type PlanCheckConfig,
  type PlanCheckInput,
  type PlanGoal,
  RiskAssessmentSchema,
  SUPPORT_CONDITIONS,
  scoreRiskAssessment,
} from "@gesim/core";
import {
  actions,
  and,
  appointments,
  asc,
  assessments,
  clients,
  closures,
  count,
  type Database,
  desc,
  disclosures,
  eq,
  getTableColumns,
  goals,
  inArray,
  isNull,
  plans,
  reviews,
  serviceProviders,
} from "@gesim/db";
import { z } from "zod";
import { goalText, NARRATIVE_NOT_READ, type NarrativeReader } from "../crypto/narrative.ts";

export type ClientRow = typeof clients.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;
export type GoalRow = typeof goals.$inferSelect;
export type ActionRow = typeof actions.$inferSelect;
/**
 * A step with its provider's women-only flag (null without a provider in the directory), joined
 * in the same query so the women-only check costs no extra round trip (issue 21, P9).
 */
export type CheckedActionRow = ActionRow & { providerIsWomenOnly: boolean | null };

/** The actions' columns plus the provider's women-only flag: select with `leftJoin(serviceProviders, …)`. */
export const CHECKED_ACTION_COLUMNS = {
  ...getTableColumns(actions),
  providerIsWomenOnly: serviceProviders.isWomenOnly,
};
export const actionProvider = and(
  eq(serviceProviders.id, actions.providerId),
  eq(serviceProviders.organisationId, actions.organisationId),
);
export type AssessmentRow = Pick<typeof assessments.$inferSelect, "kind" | "version" | "assessedOn" | "content">;
export type ReviewDateRow = Pick<typeof reviews.$inferSelect, "reviewedOn" | "housingRatedSafe">;
export type DisclosureRow = Pick<typeof disclosures.$inferSelect, "disclosedOn" | "recipient" | "hasConsent">;
export type ClosureRow = Pick<typeof closures.$inferSelect, "closedOn" | "reasons">;

export type PlanBundle = {
  client: ClientRow;
  plan: PlanRow | null;
  goals: GoalRow[];
  actions: CheckedActionRow[];
  /** Latest needs and risk assessments (at most one each). */
  latest: AssessmentRow[];
  /** Every ladder assessment, oldest first. */
  ladder: AssessmentRow[];
  /** Reviews, newest first (dates and her housing rating only; summaries stay encrypted). */
  reviews: ReviewDateRow[];
  /** Disclosures of her data, oldest first (at most MAX_DISCLOSURES, core's limit). */
  disclosures: DisclosureRow[];
  /** The closure of a closed case (the latest one not reopened), else null. */
  closure: ClosureRow | null;
  /** Her legal appointments, not cancelled, with an interpreter booked (issue 19); 0 when not loaded. */
  legalAppointmentsWithInterpreter?: number;
};

/** The most disclosures the check input carries (core's PlanCheckInputSchema limit). */
export const MAX_DISCLOSURES = 500;

/** The most reviews the check input carries (core's PlanSchema limit). */
export const MAX_REVIEWS = 100;

/**
 * Loads one client's plan bundle: 10 queries whatever the number of goals, actions, reviews
 * or assessments. Null when the client does not exist in the organisation.
 */
export async function loadPlanBundle(
  db: Database,
  organisationId: string,
  clientId: string,
): Promise<PlanBundle | null> {
  // Seven independent reads, sent together: on a PostgreSQL server they are pipelined on the
  // transaction's connection (one round trip instead of seven); PGlite runs them in turn.
  // Goals and actions of her one plan (plans_client_key), found by a subquery so they need not wait for it.
  const herPlan = db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.clientId, clientId), eq(plans.organisationId, organisationId)));
  const ofPlan = <T extends typeof goals | typeof actions>(table: T) =>
    and(eq(table.organisationId, organisationId), eq(table.planId, herPlan));
  const assessmentColumns = {
    kind: assessments.kind,
    version: assessments.version,
    assessedOn: assessments.assessedOn,
    content: assessments.content,
  };
  const assessmentsOfClient = and(eq(assessments.organisationId, organisationId), eq(assessments.clientId, clientId));
  const [[client], [plan], goalRows, actionRows, latest, ladder, reviewRows, disclosureRows, closureRows, booked] =
    await Promise.all([
      db
        .select()
        .from(clients)
        .where(and(eq(clients.id, clientId), eq(clients.organisationId, organisationId))),
      db
        .select()
        .from(plans)
        .where(and(eq(plans.clientId, clientId), eq(plans.organisationId, organisationId))),
      db.select().from(goals).where(ofPlan(goals)).orderBy(asc(goals.position), asc(goals.createdAt)),
      db
        .select(CHECKED_ACTION_COLUMNS)
        .from(actions)
        .leftJoin(serviceProviders, actionProvider)
        .where(ofPlan(actions))
        .orderBy(asc(actions.position), asc(actions.createdAt)),
      db
        .selectDistinctOn([assessments.kind], assessmentColumns)
        .from(assessments)
        .where(and(assessmentsOfClient, inArray(assessments.kind, ["needs", "risk"])))
        .orderBy(asc(assessments.kind), desc(assessments.version)),
      db
        .select(assessmentColumns)
        .from(assessments)
        .where(and(assessmentsOfClient, eq(assessments.kind, "ladder")))
        .orderBy(asc(assessments.version)),
      db
        .select({ reviewedOn: reviews.reviewedOn, housingRatedSafe: reviews.housingRatedSafe })
        .from(reviews)
        .where(and(eq(reviews.organisationId, organisationId), eq(reviews.clientId, clientId)))
        .orderBy(desc(reviews.reviewedOn))
        .limit(MAX_REVIEWS),
      db
        .select({
          disclosedOn: disclosures.disclosedOn,
          recipient: disclosures.recipient,
          hasConsent: disclosures.hasConsent,
        })
        .from(disclosures)
        .where(and(eq(disclosures.organisationId, organisationId), eq(disclosures.clientId, clientId)))
        .orderBy(asc(disclosures.disclosedOn), asc(disclosures.createdAt))
        .limit(MAX_DISCLOSURES),
      db
        .select({ closedOn: closures.closedOn, reasons: closures.reasons })
        .from(closures)
        .where(
          and(
            eq(closures.organisationId, organisationId),
            eq(closures.clientId, clientId),
            isNull(closures.reopenedOn),
          ),
        )
        .orderBy(desc(closures.closedOn))
        .limit(1),
      db
        .select({ count: count() })
        .from(appointments)
        .where(and(eq(appointments.organisationId, organisationId), eq(appointments.clientId, clientId), bookedLegal)),
    ]);
  if (!client) return null;
  return {
    client,
    plan: plan ?? null,
    goals: goalRows,
    actions: actionRows,
    latest,
    ladder,
    reviews: reviewRows,
    disclosures: disclosureRows,
    closure: client.status === "closed" ? (closureRows[0] ?? null) : null,
    legalAppointmentsWithInterpreter: booked[0]?.count ?? 0,
  };
}

/** A legal appointment, not cancelled, with its interpreter booked (counts for P2/P7, issue 19). */
export const bookedLegal = and(
  eq(appointments.kind, "legal"),
  eq(appointments.status, "scheduled"),
  eq(appointments.interpreterBooked, true),
);

const GasLevelsSchema = z.record(z.string(), z.string()).nullable().catch(null);

/**
 * A goal row as core's goal: `reader` decrypts her wording and scale descriptions for the plan
 * page, or (NARRATIVE_NOT_READ, for the checks and indicators) leaves them encrypted.
 */
export function toPlanGoal(row: GoalRow, reader: NarrativeReader): PlanGoal {
  const gasLevels = GasLevelsSchema.parse(reader.json(row.gasLevelsCipher, row.legacyGasLevels));
  return {
    id: row.id,
    domain: row.domain,
    text: goalText(reader, row),
    inHerOwnWords: row.inHerOwnWords,
    ...(gasLevels ? { gasLevels } : {}),
    currentGasLevel: Math.max(-2, Math.min(2, row.currentGasLevel)) as PlanGoal["currentGasLevel"],
    weight: row.weight,
  };
}

/** Null and undefined both mean "not given" in core's schemas. */
function present<T>(value: T | null): T | undefined {
  return value ?? undefined;
}

/** An action row as core's step; `reader` as for toPlanGoal. */
export function toPlanAction(row: ActionRow, reader: NarrativeReader): PlanAction {
  return {
    id: row.id,
    domain: row.domain,
    actionId: present(row.catalogueActionId),
    freeText: present(reader.text(row.freeTextCipher, row.legacyFreeText)),
    providerId: present(row.providerId),
    responsibleWorkerId: present(row.responsibleUserId),
    dueDate: present(row.dueDate),
    status: row.status,
    barrierReason: present(row.barrierReason),
    barrierNote: present(reader.text(row.barrierNoteCipher, row.legacyBarrierNote)),
  };
}

function needsOf(bundle: PlanBundle) {
  const parsed = NeedsAssessmentSchema.safeParse(bundle.latest.find((a) => a.kind === "needs")?.content);
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.data.needs).map(([domain, need]) => [domain, need.level]));
}

function riskLevelOf(bundle: PlanBundle) {
  const parsed = RiskAssessmentSchema.safeParse(bundle.latest.find((a) => a.kind === "risk")?.content);
  return parsed.success ? scoreRiskAssessment(parsed.data.answers).level : undefined;
}

/** Her latest risk answers item by item, for the checks that follow them (issue 21). */
function riskAnswersOf(bundle: PlanBundle) {
  const parsed = RiskAssessmentSchema.safeParse(bundle.latest.find((a) => a.kind === "risk")?.content);
  if (!parsed.success) return undefined;
  return Object.fromEntries(Object.entries(parsed.data.answers).map(([id, answer]) => [id, answer?.answer]));
}

const ChildrenListSchema = z.array(ChildSchema).max(MAX_CHILDREN);

/** The recorded children list when it fits the count; otherwise not recorded (the checks ask for it). */
function childrenOf(client: ClientRow): PlanCheckInput["profile"]["children"] {
  const list = ChildrenListSchema.safeParse(client.children);
  return list.success && list.data.length === client.childrenCount
    ? { count: client.childrenCount, list: list.data }
    : { count: client.childrenCount };
}

const LadderContentSchema = z.object({ readings: z.array(LadderReadingSchema) });

export function ladderReadings(row: AssessmentRow | undefined): LadderReading[] {
  const parsed = LadderContentSchema.safeParse(row?.content);
  return parsed.success ? parsed.data.readings : [];
}

/** First ladder conversation against the latest, once there are two. */
export function ladderComparison(bundle: PlanBundle): LadderComparison | undefined {
  if (bundle.ladder.length < 2) return undefined;
  return { before: ladderReadings(bundle.ladder[0]), after: ladderReadings(bundle.ladder.at(-1)) };
}

/**
 * [inference] Profile facts not recorded yet: an unknown citizenship counts as third-country
 * and an unknown legal status as "other" (unresolved), so the legal checks still ask for them.
 */
function profileOf(bundle: PlanBundle): PlanCheckInput["profile"] {
  const { client } = bundle;
  const legalStatus = client.legalStatus ?? "other";
  const citizenship = client.citizenship ?? (legalStatus === "eu-citizen" ? "eu" : CITIZENSHIP_GROUPS[1]);
  return {
    isAdult: true,
    citizenship,
    children: childrenOf(client),
    isPregnant: client.isPregnant,
    languages: client.languages.filter((l) => l.trim().length >= 2 && l.length <= 35).slice(0, 10),
    needsInterpreter: client.needsInterpreter,
    legalStatus,
    reflectionPeriodEnd: present(client.reflectionPeriodEnd),
    identificationStatus: client.identificationStatus,
    cooperationWithAuthorities: client.cooperationWithAuthorities,
    isInTrainingOrWork: client.isInTrainingOrWork,
    needs: needsOf(bundle),
    riskLevel: riskLevelOf(bundle),
    riskAnswers: riskAnswersOf(bundle),
    ...(client.permitBasis === null
      ? {}
      : { permit: { basis: client.permitBasis, expiresOn: present(client.permitExpiresOn) } }),
    rightToWork: present(client.rightToWork),
    chargesAgainstHer: present(client.chargesAgainstHer),
    proceedings: present(client.proceedings),
    compensationClaim: present(client.compensationClaim),
    housingSituation: present(client.housingSituation),
    firstContactDate: client.firstContactDate,
  };
}

const RATINGS = ["yes", "no", "not-asked"] as const;
const isRating = (value: string | null | undefined): value is (typeof RATINGS)[number] =>
  RATINGS.some((r) => r === value);
const isCondition = (value: string): value is (typeof SUPPORT_CONDITIONS)[number] =>
  SUPPORT_CONDITIONS.some((c) => c === value);

/**
 * Her safety plan's date or her latest risk assessment's, whichever is later: both are the VAW
 * tools P8 asks to be reviewed (indicator 8.1).
 */
function lastSafetyReview(bundle: PlanBundle): string | undefined {
  const dates = [bundle.plan?.lastSafetyReviewDate, bundle.latest.find((a) => a.kind === "risk")?.assessedOn];
  const known = dates.filter((d): d is string => typeof d === "string" && d.length > 0).sort();
  return known.at(-1);
}

/** The directory entries her steps are referred to, once each, with their women-only flag (P9). */
function referredProviders(rows: readonly CheckedActionRow[]): PlanCheckInput["providers"] {
  const flags = new Map<string, boolean>();
  for (const row of rows) {
    if (row.providerId !== null && row.providerIsWomenOnly !== null) flags.set(row.providerId, row.providerIsWomenOnly);
  }
  return [...flags].map(([id, isWomenOnly]) => ({ id, isWomenOnly }));
}

/**
 * Core's plan-check input from the bundle; a client without a plan is checked as an empty draft.
 * Every fact a rule reads is passed: disclosures, caseworker changes, the closure and the
 * organisation's check configuration (issue 21 items 2, 9).
 */
export function buildCheckInput(bundle: PlanBundle, config?: PlanCheckConfig): PlanCheckInput {
  const { plan } = bundle;
  const lastRating = bundle.reviews.find((r) => isRating(r.housingRatedSafe))?.housingRatedSafe;
  const rating = isRating(lastRating)
    ? lastRating
    : isRating(plan?.accommodationRatedSafe)
      ? plan.accommodationRatedSafe
      : "not-asked";
  return {
    profile: profileOf(bundle),
    plan: {
      status: plan?.status ?? "draft",
      agreedByClient: plan?.agreedByClient ?? false,
      agreedOn: present(plan?.agreedOn ?? null),
      conditionsImposed: (plan?.conditionsImposed ?? []).filter(isCondition),
      // The rules read facts only: her narrative stays encrypted here.
      goals: bundle.goals.map((row) => toPlanGoal(row, NARRATIVE_NOT_READ)),
      actions: bundle.actions.map((row) => toPlanAction(row, NARRATIVE_NOT_READ)),
      accommodation:
        plan && plan.accommodationSingleSex !== null
          ? { isSingleSex: plan.accommodationSingleSex, ratedSafeByHer: rating }
          : undefined,
      lastReviewDate: bundle.reviews[0]?.reviewedOn,
      lastSafetyReviewDate: lastSafetyReview(bundle),
      reviews: bundle.reviews.map((r) => ({ date: r.reviewedOn, notes: "" })),
      ...(bundle.closure && bundle.closure.reasons.length > 0
        ? { closure: { date: bundle.closure.closedOn, reasons: bundle.closure.reasons } }
        : {}),
    },
    disclosures: bundle.disclosures.map((d) => ({
      date: d.disclosedOn,
      recipient: d.recipient,
      hasConsent: d.hasConsent,
    })),
    caseworkerChanges: Math.min(100, bundle.client.caseworkerChanges),
    providers: referredProviders(bundle.actions),
    legalAppointmentsWithInterpreter: Math.min(1000, bundle.legalAppointmentsWithInterpreter ?? 0),
    ...(config === undefined ? {} : { config }),
  };
}
