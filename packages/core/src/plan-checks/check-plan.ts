import { IsoDateSchema } from "../plan/iso-date.ts";
import { PLAN_RULES } from "./rules/index.ts";
import { recogniseSuggestions } from "./suggestion-recognition.ts";
import { type Finding, type PlanCheckInput, PlanCheckInputSchema } from "./types.ts";

/**
 * Runs every plan rule and returns its findings in rule order (domain.md §1.7; rule results are data,
 * CONTRIBUTING.md "Add a plan rule"). Pure: `today` (YYYY-MM-DD) comes from the caller. The input is parsed first,
 * so defaults (config, empty lists) are filled in; invalid input or date throws a ZodError.
 * Suggested steps already in the plan are recognised (suggestion-recognition.ts).
 */
export function checkPlan(input: PlanCheckInput, today: string): Finding[] {
  const context = PlanCheckInputSchema.parse(input);
  const day = IsoDateSchema.parse(today);
  const findings = PLAN_RULES.flatMap((rule) => rule.check(context, day));
  return recogniseSuggestions(findings, context.plan, PLAN_RULES);
}
