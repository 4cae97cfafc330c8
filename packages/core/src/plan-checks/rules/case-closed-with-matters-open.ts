import { hasOffered, makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

const FOLLOW_UP = { domain: "digital-safety", actionId: "follow-up-after-closure" } as const;

/**
 * P1 access and duration: support lasts as long as she needs it, and legal matters (proceedings,
 * permits, a compensation claim) often outlast it (domain.md §1.7 P1, §3.1; [004:99, 004:149];
 * issue 21 "Closure and follow-up"). A closed case with legal steps still planned, running or
 * blocked is a warning; a follow-up contact after closure, which she agrees to, is suggested
 * while none is in the plan (information: she may say no).
 */
export const caseClosedWithMattersOpen: PlanRule = {
  id: "case-closed-with-matters-open",
  principle: "principle-01",
  descriptionKey: "check.case-closed-with-matters-open.description",
  suggests: [FOLLOW_UP],
  check({ plan }) {
    if (plan.closure === undefined) return [];
    const open = plan.actions.filter(
      (a) => a.domain === "legal" && (a.status === "planned" || a.status === "in-progress" || a.status === "blocked"),
    );
    const findings = [];
    if (open.length > 0) {
      findings.push(
        makeFinding(this, "warning", "check.case-closed-with-matters-open.legal", {
          subject: "legal",
          domain: "legal",
          params: { count: open.length },
        }),
      );
    }
    findings.push(
      hasOffered(plan, [FOLLOW_UP.actionId])
        ? makeFinding(this, "met", "check.case-closed-with-matters-open.followUp", { subject: "follow-up" })
        : makeFinding(this, "info", "check.case-closed-with-matters-open.noFollowUp", {
            subject: "follow-up",
            domain: FOLLOW_UP.domain,
            suggestedAction: FOLLOW_UP,
          }),
    );
    return findings;
  },
};
