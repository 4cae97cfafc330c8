import type { RiskItemId } from "../../assessments/risk-items.ts";
import type { MessageKey } from "../../i18n/catalogue.ts";
import type { PrincipleId } from "../../principles/principle-ids.ts";
import { hasLiveAction, makeFinding, withGrace } from "../rule-helpers.ts";
import type { PlanRule, Severity, SuggestedAction } from "../types.ts";

type Response = {
  readonly item: RiskItemId;
  readonly messageKey: MessageKey;
  readonly principle: PrincipleId;
  readonly action: SuggestedAction;
  /** Actions that also answer the item. */
  readonly alsoCleared?: readonly string[];
  readonly severity: Severity;
};

/**
 * What a "yes" in her risk assessment asks of the plan (domain.md §4, §7; issue 21 "Her
 * situation"). Each item describes what others did to her, never a fault of hers [002:306].
 * Addiction support is only offered (information): accepting it is her choice [002:717].
 */
export const RISK_RESPONSES: readonly Response[] = [
  // 14 debt bondage [000:124, 002:336]
  {
    item: "debt-bondage",
    messageKey: "check.risk-answers-to-actions.debt-bondage",
    principle: "principle-07",
    action: { domain: "money", actionId: "debt-advice" },
    severity: "warning",
  },
  // 16 documents withheld [002:378]
  {
    item: "documents-withheld",
    messageKey: "check.risk-answers-to-actions.documents-withheld",
    principle: "principle-02",
    action: { domain: "legal", actionId: "identity-documents-replacement" },
    severity: "warning",
  },
  // 35 charges linked to her exploitation: non-punishment and free representation [000:140, 002:215]
  {
    item: "prosecution-exposure",
    messageKey: "check.risk-answers-to-actions.prosecution-exposure",
    principle: "principle-02",
    action: { domain: "legal", actionId: "non-punishment-defence" },
    alsoCleared: ["free-legal-representation"],
    severity: "gap",
  },
  // 15 threats to her family [000:74, 000:124]: witness protection and a safety plan
  {
    item: "threats-to-family",
    messageKey: "check.risk-answers-to-actions.threats-to-family.legal",
    principle: "principle-02",
    action: { domain: "legal", actionId: "witness-protection-request" },
    severity: "warning",
  },
  {
    item: "threats-to-family",
    messageKey: "check.risk-answers-to-actions.threats-to-family.safety",
    principle: "principle-08",
    action: { domain: "digital-safety", actionId: "safety-plan" },
    severity: "warning",
  },
  // 41 possible head injury [004:72]
  {
    item: "possible-brain-injury",
    messageKey: "check.risk-answers-to-actions.possible-brain-injury",
    principle: "principle-06",
    action: { domain: "medical", actionId: "tbi-screening" },
    severity: "warning",
  },
  // 8 substance dependence [002:300, 004:72]: offered, if she wishes
  {
    item: "substance-dependence",
    messageKey: "check.risk-answers-to-actions.substance-dependence",
    principle: "principle-06",
    action: { domain: "medical", actionId: "addiction-support-referral" },
    severity: "info",
  },
];

/** Her risk answers lead to actions; one finding per "yes" item and action. */
export const riskAnswersToActions: PlanRule = withGrace({
  id: "risk-answers-to-actions",
  principle: "principle-08",
  descriptionKey: "check.risk-answers-to-actions.description",
  suggests: RISK_RESPONSES.map((response) => response.action),
  check({ profile, plan }) {
    const answers = profile.riskAnswers ?? {};
    return RISK_RESPONSES.filter((response) => answers[response.item] === "yes").map((response) => {
      const options = {
        subject: `${response.item}/${response.action.actionId}`,
        domain: response.action.domain,
        principle: response.principle,
      };
      if (hasLiveAction(plan, [response.action.actionId, ...(response.alsoCleared ?? [])])) {
        return makeFinding(this, "met", "check.risk-answers-to-actions.met", options);
      }
      return makeFinding(this, response.severity, response.messageKey, {
        ...options,
        suggestedAction: response.action,
      });
    });
  },
});
