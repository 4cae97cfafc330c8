import { NEED_LEVELS } from "../assessments/needs-assessment.ts";
import { scoreRiskAssessment } from "../assessments/risk-assessment.ts";
import { RISK_ITEM_IDS } from "../assessments/risk-items.ts";
import { ACTION_IDS_BY_DOMAIN, getAction } from "../domains/action-catalogue.ts";
import { DOMAIN_IDS } from "../domains/domain-ids.ts";
import {
  CHILD_RESIDENCES,
  type ClientProfile,
  COOPERATION_CHOICES,
  IDENTIFICATION_STATUSES,
  LEGAL_STATUSES,
  PERMIT_BASES,
  RIGHT_TO_WORK,
} from "../plan/client-profile.ts";
import type { Plan, PlanAction, PlanGoal } from "../plan/plan.ts";
import {
  PlanCheckConfigSchema,
  type PlanCheckContext,
  type PlanCheckInput,
  type PlanRule,
  type Severity,
} from "./types.ts";

/** Shared test data for the rule tests (only tests import this file). */
export const TODAY = "2026-03-01";

/** An adult EU woman, first contact 60 days before TODAY, no children, no assessed needs. */
export const BASE_PROFILE: ClientProfile = {
  isAdult: true,
  citizenship: "eu",
  children: { count: 0 },
  isPregnant: false,
  languages: ["en"],
  needsInterpreter: false,
  legalStatus: "eu-citizen",
  identificationStatus: "reasonable-grounds",
  cooperationWithAuthorities: "not-asked",
  isInTrainingOrWork: false,
  needs: {},
  firstContactDate: "2026-01-01",
};

/** An empty draft plan. */
export const BASE_PLAN: Plan = {
  status: "draft",
  agreedByClient: false,
  conditionsImposed: [],
  goals: [],
  actions: [],
  reviews: [],
};

/** A catalogue action in its own domain; `id` defaults to the action id. */
export function action(
  actionId: string,
  status: PlanAction["status"] = "planned",
  extra: Partial<PlanAction> = {},
): PlanAction {
  const domain = getAction(actionId)?.domain;
  if (domain === undefined) throw new Error(`unknown catalogue action ${actionId}`);
  return {
    id: actionId,
    domain,
    actionId,
    status,
    ...(status === "blocked" ? { barrierReason: "waiting-list" } : {}),
    ...extra,
  };
}

export function goal(id: string, domain: PlanGoal["domain"], extra: Partial<PlanGoal> = {}): PlanGoal {
  return { id, domain, text: `goal ${id}`, inHerOwnWords: true, currentGasLevel: -1, weight: 1, ...extra };
}

export type ContextPatch = {
  readonly profile?: Partial<ClientProfile>;
  readonly plan?: Partial<Plan>;
  readonly disclosures?: PlanCheckContext["disclosures"];
  readonly caseworkerChanges?: number;
};

export function makeContext(patch: ContextPatch = {}): PlanCheckContext {
  return {
    profile: { ...BASE_PROFILE, ...patch.profile },
    plan: { ...BASE_PLAN, ...patch.plan },
    disclosures: patch.disclosures ?? [],
    caseworkerChanges: patch.caseworkerChanges ?? 0,
    config: PlanCheckConfigSchema.parse({}),
  };
}

/** Runs one rule and returns `severity:messageKey-suffix` per finding, e.g. "gap:gap". */
export function runRule(rule: PlanRule, patch: ContextPatch, today: string = TODAY): string[] {
  return rule
    .check(makeContext(patch), today)
    .map((finding) => `${finding.severity}:${finding.messageKey.split(".").pop() ?? ""}`);
}

export function severities(rule: PlanRule, patch: ContextPatch, today: string = TODAY): Severity[] {
  return rule.check(makeContext(patch), today).map((finding) => finding.severity);
}

/** mulberry32: a small seeded PRNG so generated women are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickOne<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/**
 * A generated woman and her plan: every profile fact varied, risk answers with the demo's
 * prevalence (8% yes, 8% unknown per item), a few catalogue actions and goals.
 */
export function generateInput(random: () => number, firstContactDate = "2026-01-01"): PlanCheckInput {
  const count = Math.floor(random() * 4);
  const riskAnswers: NonNullable<ClientProfile["riskAnswers"]> = {};
  for (const id of RISK_ITEM_IDS) {
    const roll = random();
    if (roll < 0.08) riskAnswers[id] = "yes";
    else if (roll < 0.16) riskAnswers[id] = "unknown";
    else if (roll < 0.9) riskAnswers[id] = "no";
  }
  const scored = scoreRiskAssessment(
    Object.fromEntries(Object.entries(riskAnswers).map(([id, answer]) => [id, { answer }])),
  );
  const needs: ClientProfile["needs"] = {};
  for (const domain of DOMAIN_IDS) if (random() < 0.4) needs[domain] = pickOne(random, NEED_LEVELS);
  const legalStatus = pickOne(random, LEGAL_STATUSES);
  const catalogue = ACTION_IDS_BY_DOMAIN;
  const actions: PlanAction[] = [];
  const actionCount = Math.floor(random() * 8);
  for (let i = 0; i < actionCount; i++) {
    const domain = pickOne(random, DOMAIN_IDS);
    const actionId = pickOne(random, catalogue[domain]);
    const status = pickOne(random, ["planned", "in-progress", "done", "cancelled"] as const);
    actions.push({ id: `a${i}`, domain, actionId, status });
  }
  const goals = Array.from({ length: Math.floor(random() * 4) }, (_, i) => goal(`g${i}`, pickOne(random, DOMAIN_IDS)));
  return {
    profile: {
      ...BASE_PROFILE,
      citizenship: legalStatus === "eu-citizen" ? "eu" : "third-country",
      legalStatus,
      ...(legalStatus === "reflection-period" ? { reflectionPeriodEnd: "2026-03-20" } : {}),
      children: {
        count,
        ...(random() < 0.7
          ? {
              list: Array.from({ length: count }, () => ({
                age: Math.floor(random() * 20),
                livesWith: pickOne(random, CHILD_RESIDENCES),
              })),
            }
          : {}),
      },
      isPregnant: random() < 0.1,
      needsInterpreter: random() < 0.5,
      identificationStatus: pickOne(random, IDENTIFICATION_STATUSES),
      cooperationWithAuthorities: pickOne(random, COOPERATION_CHOICES),
      isInTrainingOrWork: random() < 0.3,
      needs,
      riskAnswers,
      riskLevel: scored.level,
      ...(legalStatus === "residence-permit"
        ? { permit: { basis: pickOne(random, PERMIT_BASES), expiresOn: "2026-04-15" } }
        : {}),
      rightToWork: pickOne(random, RIGHT_TO_WORK),
      firstContactDate,
    },
    plan: { ...BASE_PLAN, goals, actions },
  };
}
