import { NEED_LEVELS } from "../assessments/needs-assessment.ts";
import { scoreRiskAssessment } from "../assessments/risk-assessment.ts";
import { RISK_ITEM_IDS } from "../assessments/risk-items.ts";
import { ACTION_IDS_BY_DOMAIN } from "../domains/action-catalogue.ts";
import { DOMAIN_IDS } from "../domains/domain-ids.ts";
import {
  CHARGE_STATUSES,
  CHILD_RESIDENCES,
  type ClientProfile,
  COMPENSATION_CLAIM_STATUSES,
  COOPERATION_CHOICES,
  IDENTIFICATION_STATUSES,
  LEGAL_STATUSES,
  PERMIT_BASES,
  PROCEEDINGS_STATUSES,
  RIGHT_TO_WORK,
} from "../plan/client-profile.ts";
import type { PlanAction, PlanGoal } from "../plan/plan.ts";
import type { PlanCheckInput } from "./types.ts";

/**
 * Generated women and plans, deterministic from a seed: for the property tests over the rule set
 * and for the rules table's "facts it reads" column (rules-table.ts), which is measured by running
 * every rule over them.
 */
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
    actions.push({ id: `a${i}`, domain, actionId, status, ...(random() < 0.3 ? { dueDate: "2026-02-15" } : {}) });
  }
  const goals = Array.from({ length: Math.floor(random() * 4) }, (_, i) =>
    goalIn(`g${i}`, pickOne(random, DOMAIN_IDS), random() < 0.7),
  );
  const input: PlanCheckInput = {
    profile: {
      isAdult: true,
      languages: ["en"],
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
    plan: {
      status: pickOne(random, ["draft", "submitted", "approved"] as const),
      agreedByClient: false,
      conditionsImposed: random() < 0.1 ? ["cooperation-with-police"] : [],
      goals,
      actions,
      ...(random() < 0.4
        ? {
            accommodation: {
              isSingleSex: random() < 0.7,
              ratedSafeByHer: pickOne(random, ["yes", "no", "not-asked"] as const),
            },
          }
        : {}),
      ...(random() < 0.5 ? { lastSafetyReviewDate: "2026-02-01", lastReviewDate: "2026-02-01" } : {}),
      reviews: [],
      ...(random() < 0.1
        ? { closure: { date: "2026-02-20", reasons: [pickOne(random, ["funding-ended", "her-choice"] as const)] } }
        : {}),
    },
    disclosures:
      random() < 0.3
        ? [
            {
              date: "2026-02-10",
              recipient: pickOne(random, ["police", "other-ngo"] as const),
              hasConsent: random() < 0.5,
            },
          ]
        : [],
    caseworkerChanges: Math.floor(random() * 4),
  };
  return withProceedingsAndProviders(input, actions, random);
}

/**
 * Charges, proceedings, a compensation claim and referrals to providers (women-only or not),
 * drawn after everything else so the women generated before these facts existed stay the same.
 */
function withProceedingsAndProviders(input: PlanCheckInput, actions: PlanAction[], random: () => number) {
  for (const [index, action] of actions.entries()) {
    if (random() < 0.4) actions[index] = { ...action, providerId: random() < 0.5 ? "p-women" : "p-mixed" };
  }
  const facts = {
    ...(random() < 0.7 ? { chargesAgainstHer: pickOne(random, CHARGE_STATUSES) } : {}),
    ...(random() < 0.7 ? { proceedings: pickOne(random, PROCEEDINGS_STATUSES) } : {}),
    ...(random() < 0.7 ? { compensationClaim: pickOne(random, COMPENSATION_CLAIM_STATUSES) } : {}),
  };
  return {
    ...input,
    profile: { ...input.profile, ...facts },
    providers: [
      { id: "p-women", isWomenOnly: true },
      { id: "p-mixed", isWomenOnly: false },
    ],
  };
}

function goalIn(id: string, domain: PlanGoal["domain"], inHerOwnWords: boolean): PlanGoal {
  return { id, domain, text: `goal ${id}`, inHerOwnWords, currentGasLevel: -1, weight: 1 };
}

/** A fixed set of generated inputs (seed 21). */
export function generatedInputs(count = 300, seed = 21): PlanCheckInput[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => generateInput(random));
}
