import { distanceTravelled, type LadderReading } from "../assessments/ladder.ts";
import { getDomain } from "../domains/domains.ts";
import { PATHWAY_IDS, type PathwayId } from "../pathways/pathways.ts";
import type { PlanGoal } from "./plan.ts";

/**
 * [inference] A goal counts as achieved at GAS level 0 or above: 0 is the expected outcome
 * agreed with her, +1/+2 better than expected (Goal Attainment Scaling; indicator X4,
 * domain.md §5.3).
 */
export const GAS_ACHIEVED_FROM = 0;

export type PathwayProgress = {
  readonly pathway: PathwayId;
  readonly goals: number;
  readonly achieved: number;
  /** achieved / goals, or null when the plan has no goal in this pathway. */
  readonly share: number | null;
  /** Mean ladder change in this pathway's domains (ladder.ts distanceTravelled), or null. */
  readonly ladderChange: number | null;
};

export type LadderComparison = {
  readonly before: readonly LadderReading[];
  readonly after: readonly LadderReading[];
};

export function isGoalAchieved(goal: Pick<PlanGoal, "currentGasLevel">): boolean {
  return goal.currentGasLevel >= GAS_ACHIEVED_FROM;
}

/**
 * Progress per pathway (PLM, EEM). Each goal counts once, towards its domain's primary
 * pathway (domains.ts: accommodation → PLM, childcare → EEM); goals in cross-cutting domains
 * (peer support, interpreting, digital safety) count towards neither. Ladder movement, if
 * readings are given, is the ladder module's distance travelled per pathway.
 */
export function pathwayProgress(
  goals: readonly Pick<PlanGoal, "domain" | "currentGasLevel">[],
  ladder?: LadderComparison,
): PathwayProgress[] {
  const distance = ladder === undefined ? undefined : distanceTravelled(ladder.before, ladder.after);
  return PATHWAY_IDS.map((pathway) => {
    const own = goals.filter((goal) => getDomain(goal.domain)?.primaryPathway === pathway);
    const achieved = own.filter(isGoalAchieved).length;
    return {
      pathway,
      goals: own.length,
      achieved,
      share: own.length === 0 ? null : achieved / own.length,
      ladderChange: distance?.byPathway[pathway] ?? null,
    };
  });
}
