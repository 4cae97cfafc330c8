import type { DomainId } from "../domains/domain-ids.ts";
import type { MessageKey, MessageParams } from "../i18n/catalogue.ts";
import { isLiveAction, type Plan } from "../plan/plan.ts";
import type { PrincipleId } from "../principles/principle-ids.ts";
import type { Finding, PlanRule, Severity, SuggestedAction } from "./types.ts";

/** A planned, running or finished action with one of these catalogue ids. */
export function hasLiveAction(plan: Pick<Plan, "actions">, actionIds: readonly string[]): boolean {
  return plan.actions.some(
    (action) => isLiveAction(action) && action.actionId !== undefined && actionIds.includes(action.actionId),
  );
}

/**
 * [inference] An offer counts even when she declined it (status cancelled): accepting a
 * service is her choice (domain.md §1.7 P10, [002:717]). Only a blocked action is no offer.
 */
export function hasOffered(plan: Pick<Plan, "actions">, actionIds: readonly string[]): boolean {
  return plan.actions.some(
    (action) => action.status !== "blocked" && action.actionId !== undefined && actionIds.includes(action.actionId),
  );
}

/** Any planned, running or finished action (catalogue or free text) in these domains. */
export function hasLiveActionIn(plan: Pick<Plan, "actions">, domains: readonly DomainId[]): boolean {
  return plan.actions.some((action) => isLiveAction(action) && domains.includes(action.domain));
}

type FindingOptions = {
  readonly subject?: string;
  readonly domain?: DomainId;
  readonly params?: MessageParams;
  readonly suggestedAction?: SuggestedAction;
  readonly principle?: PrincipleId;
};

export function makeFinding(
  rule: Pick<PlanRule, "id" | "principle">,
  severity: Severity,
  messageKey: MessageKey,
  options: FindingOptions = {},
): Finding {
  return {
    id: options.subject === undefined ? rule.id : `${rule.id}/${options.subject}`,
    ruleId: rule.id,
    principle: options.principle ?? rule.principle,
    ...(options.domain === undefined ? {} : { domain: options.domain }),
    severity,
    messageKey,
    params: options.params ?? {},
    ...(options.suggestedAction === undefined ? {} : { suggestedAction: options.suggestedAction }),
  };
}
