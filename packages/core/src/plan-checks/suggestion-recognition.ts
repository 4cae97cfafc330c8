import { actionsForDomain } from "../domains/action-catalogue.ts";
import type { Plan, PlanAction } from "../plan/plan.ts";
import type { Finding, PlanRule, SuggestedAction } from "./types.ts";

/** The catalogue step is in her plan as something that counts: planned, running or done. */
export function isStepInPlan(actions: readonly Pick<PlanAction, "actionId" | "status">[], actionId: string): boolean {
  return actions.some((a) => a.actionId === actionId && a.status !== "blocked" && a.status !== "cancelled");
}

/**
 * A one-click suggestion is recognised once it is in her plan (issue 16, item 3):
 * - the suggested step is planned, running or done → the finding is "in progress" (a warning
 *   with `inPlan`, so the principle shows as partly met) and offers nothing to add, so a second
 *   click cannot add it twice;
 * - the suggested step is there only as blocked (or she declined it) → the next step the rule
 *   names, then the next of the same domain, that is not in the plan yet; none left → no
 *   suggestion, the blocked step's barrier is the thing to work on;
 * - two findings suggesting the same step → only the first offers it.
 * Gaps without a suggestion, warnings about something else and met findings pass unchanged.
 */
export function recogniseSuggestions(
  findings: readonly Finding[],
  plan: Pick<Plan, "actions">,
  rules: readonly Pick<PlanRule, "id" | "suggests">[],
): Finding[] {
  const inPlan = (actionId: string) => isStepInPlan(plan.actions, actionId);
  const present = new Set(plan.actions.flatMap((a) => (a.actionId === undefined ? [] : [a.actionId])));
  const offered = new Set<string>();
  return findings.map((finding) => {
    const suggestion = finding.suggestedAction;
    if (suggestion === undefined) return finding;
    const { suggestedAction: _dropped, ...rest } = finding;
    if (inPlan(suggestion.actionId)) {
      return { ...rest, severity: finding.severity === "gap" ? "warning" : finding.severity, inPlan: suggestion };
    }
    const next = present.has(suggestion.actionId)
      ? alternative(suggestion, present, rules, finding.ruleId)
      : suggestion;
    if (next === undefined || offered.has(next.actionId)) return rest;
    offered.add(next.actionId);
    return { ...rest, suggestedAction: next };
  });
}

function alternative(
  blocked: SuggestedAction,
  present: ReadonlySet<string>,
  rules: readonly Pick<PlanRule, "id" | "suggests">[],
  ruleId: string,
): SuggestedAction | undefined {
  const named = rules.find((rule) => rule.id === ruleId)?.suggests ?? [];
  const sameDomain = actionsForDomain(blocked.domain).map((a) => ({ domain: a.domain, actionId: a.id }));
  return [...named, ...sameDomain].find((candidate) => !present.has(candidate.actionId));
}
