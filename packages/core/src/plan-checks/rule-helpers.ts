import type { DomainId } from "../domains/domain-ids.ts";
import type { MessageKey, MessageParams } from "../i18n/catalogue.ts";
import { addDays, daysBetween } from "../plan/iso-date.ts";
import { isLiveAction, type Plan } from "../plan/plan.ts";
import type { PrincipleId } from "../principles/principle-ids.ts";
import type { Finding, PlanCheckContext, PlanRule, Severity, SuggestedAction } from "./types.ts";

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

/** Last day of the grace window after her first contact, or undefined once it has passed. */
export function graceUntil(context: Pick<PlanCheckContext, "profile" | "config">, today: string): string | undefined {
  const days = daysBetween(context.profile.firstContactDate, today);
  return days <= context.config.graceDays
    ? addDays(context.profile.firstContactDate, context.config.graceDays)
    : undefined;
}

/**
 * Gives an "offered" or "present" check a grace window (issue 21 item 6): inside it, a gap or
 * warning becomes information (same message, `graceUntil` added) so a new woman's plan does not
 * start with gaps before anyone could act. The suggestion stays, so the step is still proposed.
 */
export function withGrace(rule: PlanRule): PlanRule {
  return {
    ...rule,
    graceWindow: true,
    check(context, today) {
      const findings = rule.check.call(this, context, today);
      const until = graceUntil(context, today);
      if (until === undefined) return findings;
      return findings.map((finding) =>
        finding.severity === "gap" || finding.severity === "warning"
          ? { ...finding, severity: "info" as const, params: { ...finding.params, graceUntil: until } }
          : finding,
      );
    },
  };
}
