import { getAction } from "../domains/action-catalogue.ts";
import type { ClientProfile } from "../plan/client-profile.ts";
import type { Plan, PlanAction, PlanGoal } from "../plan/plan.ts";
import { PlanCheckConfigSchema, type PlanCheckContext, type PlanRule, type Severity } from "./types.ts";

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
  readonly providers?: PlanCheckContext["providers"];
  readonly legalAppointmentsWithInterpreter?: number;
};

export function makeContext(patch: ContextPatch = {}): PlanCheckContext {
  return {
    profile: { ...BASE_PROFILE, ...patch.profile },
    plan: { ...BASE_PLAN, ...patch.plan },
    disclosures: patch.disclosures ?? [],
    caseworkerChanges: patch.caseworkerChanges ?? 0,
    providers: patch.providers ?? [],
    legalAppointmentsWithInterpreter: patch.legalAppointmentsWithInterpreter ?? 0,
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
