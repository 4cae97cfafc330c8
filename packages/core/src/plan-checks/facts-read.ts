import { generatedInputs } from "./generated-inputs.ts";
import { type PlanCheckContext, PlanCheckInputSchema, type PlanRule } from "./types.ts";

/**
 * The facts a rule reads, measured: the rule runs over generated women (generated-inputs.ts) on
 * several days with its context wrapped in proxies that record every property it touches, two
 * levels deep ("profile.children", "plan.actions", "config.graceDays", "disclosures"…). Used by
 * the rules table ("Facts it reads") and by the property that no rule reads her choice about
 * cooperating with the authorities.
 */
export function factsRead(
  rule: PlanRule,
  contexts: readonly PlanCheckContext[] = sampleContexts(),
  dates: readonly string[] = SAMPLE_DATES,
): string[] {
  const read = new Set<string>();
  const track = <T extends object>(target: T, path: string, depth: number): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof property !== "string") return value;
        const here = path === "" ? property : `${path}.${property}`;
        read.add(here);
        return depth > 1 && value !== null && typeof value === "object" && !Array.isArray(value)
          ? track(value, here, depth - 1)
          : value;
      },
    });
  for (const context of contexts) for (const today of dates) rule.check.call(rule, track(context, "", 2), today);
  const paths = [...read];
  // Keep the leaves: "profile" alone only means the rule destructured it.
  return paths.filter((p) => !paths.some((other) => other.startsWith(`${p}.`))).sort();
}

/** First contact of the generated women is 2026-01-01: her first day, inside the grace window, later. */
export const SAMPLE_DATES = ["2026-01-01", "2026-01-10", "2026-03-01", "2026-05-01"] as const;

let cached: PlanCheckContext[] | undefined;
function sampleContexts(): PlanCheckContext[] {
  cached ??= generatedInputs().map((input) => PlanCheckInputSchema.parse(input));
  return cached;
}
