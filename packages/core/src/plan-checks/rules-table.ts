import { getAction } from "../domains/action-catalogue.ts";
import { translate } from "../i18n/catalogue.ts";
import { getPrinciple } from "../principles/principles.ts";
import { factsRead } from "./facts-read.ts";
import { PLAN_RULES } from "./rules/index.ts";
import type { PlanRule } from "./types.ts";

export const RULES_TABLE_START = "<!-- rules:start -->";
export const RULES_TABLE_END = "<!-- rules:end -->";

function escapeCell(text: string): string {
  return text.replaceAll("|", "\\|");
}

function principleCell(rule: PlanRule): string {
  const number = Number(rule.principle.slice("principle-".length));
  const principle = getPrinciple(rule.principle);
  return principle === undefined ? `P${number}` : `P${number} ${translate("en", principle.titleKey)}`;
}

function suggestsCell(rule: PlanRule): string {
  if (rule.suggests.length === 0) return "—";
  return rule.suggests
    .map(({ actionId }) => {
      const action = getAction(actionId);
      const label = action === undefined ? actionId : translate("en", action.labelKey);
      return `${label} (\`${actionId}\`)`;
    })
    .join(", ");
}

/** The facts the rule was measured to read (facts-read.ts); a grace window is marked. */
function factsCell(rule: PlanRule): string {
  const facts = factsRead(rule).map((fact) => `\`${fact}\``);
  return rule.graceWindow ? `${facts.join(", ")} (grace window)` : facts.join(", ");
}

/**
 * The plan rules as a markdown table (English), for packages/core/README.md. A test keeps the
 * README section between RULES_TABLE_START and RULES_TABLE_END identical to this output.
 */
export function renderRulesTable(rules: readonly PlanRule[] = PLAN_RULES): string {
  const header = [
    "| Rule | Principle | What triggers it | What it suggests | Facts it reads |",
    "| --- | --- | --- | --- | --- |",
  ];
  const rows = rules.map(
    (rule) =>
      `| \`${rule.id}\` | ${escapeCell(principleCell(rule))} | ${escapeCell(translate("en", rule.descriptionKey))} | ${escapeCell(suggestsCell(rule))} | ${factsCell(rule)} |`,
  );
  return [...header, ...rows].join("\n");
}
