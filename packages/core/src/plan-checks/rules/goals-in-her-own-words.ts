import { makeFinding } from "../rule-helpers.ts";
import type { PlanRule } from "../types.ts";

/** P10: goals are written in her own words (domain.md §1.7 P10, indicator 10.1; [000:118]). One warning per goal. */
export const goalsInHerOwnWords: PlanRule = {
  id: "goals-in-her-own-words",
  principle: "principle-10",
  descriptionKey: "check.goals-in-her-own-words.description",
  suggests: [],
  check({ plan }) {
    if (plan.goals.length === 0) return [];
    const notHers = plan.goals.filter((goal) => !goal.inHerOwnWords);
    if (notHers.length === 0) return [makeFinding(this, "met", "check.goals-in-her-own-words.met")];
    return notHers.map((goal) =>
      makeFinding(this, "warning", "check.goals-in-her-own-words.warning", { subject: goal.id, domain: goal.domain }),
    );
  },
};
