// Loads the plan page: her plan with goals and actions, core's findings per principle, the
// catalogue, the directory and her referrals, as plain data for the components.

import type { createCaller, SessionUser } from "@gesim/api";
import {
  ACTION_STATUSES,
  actionsForDomain,
  addDays,
  BARRIER_REASONS,
  CONSENT_RECORDING_METHODS,
  DOMAIN_IDS,
  GAS_LEVELS,
  getAction,
  isOverdue,
  nextReferralStatuses,
  PRINCIPLES,
  SUPPORT_CONDITIONS,
} from "@gesim/core";
import { rethrowAsResponse } from "../../../server/errors.server.ts";
import { todayIso } from "../form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** Catalogue and list values the forms offer (plain strings: no core import in components). */
export function planVocabulary() {
  return {
    domains: [...DOMAIN_IDS],
    catalogue: DOMAIN_IDS.map((domain) => ({
      domain,
      actions: actionsForDomain(domain).map((a) => ({ id: a.id, labelKey: a.labelKey })),
    })),
    actionStatuses: [...ACTION_STATUSES],
    barrierReasons: [...BARRIER_REASONS],
    conditions: [...SUPPORT_CONDITIONS],
    gasLevels: [...GAS_LEVELS],
    recordingMethods: [...CONSENT_RECORDING_METHODS],
  };
}

export async function loadProviders(caller: Caller) {
  const page = await caller.providers.list({ limit: 100 });
  return page.items.map((p) => ({ id: p.id, name: p.name, domains: [...p.domains] }));
}

/** A suggested step's default due date: two weeks from today (the caseworker changes it before adding). */
export const SUGGESTED_STEP_DUE_IN_DAYS = 14;

export async function loadPlanPage(caller: Caller, session: SessionUser, clientId: string) {
  try {
    const [bundle, providers, referrals, colleagues] = await Promise.all([
      caller.plans.get({ clientId }),
      loadProviders(caller),
      caller.referrals.list({ clientId, limit: 100 }),
      caller.clients.colleagues(),
    ]);
    const today = todayIso(session);
    const principles = bundle.coverage.map((coverage) => {
      const principle = PRINCIPLES.find((p) => p.id === coverage.principle);
      return {
        id: coverage.principle,
        number: Number(coverage.principle.slice(-2)),
        titleKey: principle?.titleKey ?? coverage.principle,
        status: coverage.status,
        findings: coverage.findings.map((f) => ({
          id: f.id,
          severity: f.severity,
          messageKey: f.messageKey,
          params: { ...f.params },
          suggestion:
            f.severity !== "met" && f.suggestedAction
              ? {
                  domain: f.suggestedAction.domain,
                  actionId: f.suggestedAction.actionId,
                  labelKey: getAction(f.suggestedAction.actionId)?.labelKey ?? f.suggestedAction.actionId,
                }
              : null,
          inPlanLabelKey: f.inPlan ? (getAction(f.inPlan.actionId)?.labelKey ?? f.inPlan.actionId) : null,
        })),
      };
    });
    return {
      clientId,
      plan: bundle.plan,
      goals: bundle.goals,
      actions: bundle.actions.map((a) => ({
        ...a,
        labelKey: a.actionId ? (getAction(a.actionId)?.labelKey ?? null) : null,
        isOverdue: isOverdue(a, today),
      })),
      principles,
      /** "Changed since approval" in words (issue 16); empty unless approved and changed. */
      changes: bundle.changesSinceApproval.map((change) => {
        const goal = bundle.goals.find((g) => g.id === change.id);
        const action = bundle.actions.find((a) => a.id === change.id);
        return {
          kind: change.kind,
          domain: change.domain,
          labelKey: action?.actionId ? (getAction(action.actionId)?.labelKey ?? null) : null,
          text: goal?.text ?? action?.freeText ?? null,
        };
      }),
      progress: bundle.progress,
      providers,
      // Anyone of the organisation's caseworkers and managers can be responsible for a step.
      workers: colleagues.map((c) => ({ id: c.userId, name: c.displayName })),
      referrals: referrals.items.map((r) => ({ ...r, next: [...nextReferralStatuses(r.status)] })),
      vocabulary: planVocabulary(),
      role: session.role,
      today,
      /** What a one-click suggestion proposes: due in two weeks, the signed-in worker responsible [inference]. */
      suggestDefaults: {
        dueDate: addDays(today, SUGGESTED_STEP_DUE_IN_DAYS),
        responsibleWorkerId: colleagues.some((c) => c.userId === session.userId) ? session.userId : "",
      },
    };
  } catch (error) {
    return rethrowAsResponse(error);
  }
}

export type PlanPageData = Awaited<ReturnType<typeof loadPlanPage>>;
