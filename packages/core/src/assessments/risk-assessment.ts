import { z } from "zod";
import { IsoDateSchema } from "../plan/iso-date.ts";
import { RISK_GROUPS, RISK_ITEM_IDS, RISK_ITEMS, type RiskGroup, type RiskItemId } from "./risk-items.ts";

/**
 * A risk assessment (domain.md §4): each item answered yes / no / unknown with an optional
 * evidence note, reviewed at each plan review [inference]. The answers describe her
 * circumstances and the dangers others create; they are never a judgement of her [002:306].
 */
export const RISK_ANSWERS = ["yes", "no", "unknown"] as const;
export type RiskAnswerValue = (typeof RISK_ANSWERS)[number];

export const RISK_NOTE_MAX_LENGTH = 1000;

export const RiskAnswerSchema = z.object({
  answer: z.enum(RISK_ANSWERS),
  note: z.string().trim().max(RISK_NOTE_MAX_LENGTH).optional(),
});
export type RiskAnswer = z.infer<typeof RiskAnswerSchema>;

/** Items not yet asked are simply absent. */
export const RiskAnswersSchema = z.partialRecord(z.enum(RISK_ITEM_IDS), RiskAnswerSchema);
export type RiskAnswers = z.infer<typeof RiskAnswersSchema>;

export const RiskAssessmentSchema = z.object({
  assessedOn: IsoDateSchema,
  answers: RiskAnswersSchema,
});
export type RiskAssessment = z.infer<typeof RiskAssessmentSchema>;

export const RISK_LEVELS = ["low", "medium", "high", "critical"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * Points per "yes" answer, by group [inference]. The weights are deliberately simple so a
 * caseworker can recompute a score by hand:
 * - A background (1): explains why she was targeted, not a present danger on its own.
 * - B active control (3): a trafficker may still reach her now.
 * - C re-trafficking (2): gaps in her situation that push back towards exploitation [004:99].
 * - D secondary victimisation (1): harm from the system; important, but slower-acting.
 * - E health and safety (3): her body and life may be at risk [004:72].
 */
export const RISK_GROUP_WEIGHTS: Readonly<Record<RiskGroup, number>> = { a: 1, b: 3, c: 2, d: 1, e: 3 };

/** Lowest total score for each level from the score alone (before escalation). */
export const RISK_SCORE_THRESHOLDS = { medium: 5, high: 10, critical: 20 } as const;

export type RiskGroupScore = {
  readonly group: RiskGroup;
  readonly weight: number;
  readonly yes: number;
  readonly no: number;
  /** Answered "unknown": shown as "to be clarified", never counted as yes. */
  readonly unknown: number;
  readonly unanswered: number;
  /** weight × yes */
  readonly score: number;
  readonly yesItems: readonly RiskItemId[];
};

export type RiskScore = {
  readonly groups: readonly RiskGroupScore[];
  readonly total: number;
  readonly level: RiskLevel;
  /** The "yes" items that set the level (score, escalation rule, or both). */
  readonly drivers: readonly RiskItemId[];
  /** Items answered "unknown", to be clarified with her at the next conversation. */
  readonly toClarify: readonly RiskItemId[];
  /** The unknowns in groups B and E: a "yes" there would escalate the level, so ask first. */
  readonly clarifyFirst: readonly RiskItemId[];
  readonly unanswered: readonly RiskItemId[];
};

const ESCALATING_GROUPS: readonly RiskGroup[] = ["b", "e"];

type Reason = { readonly level: RiskLevel; readonly items: readonly RiskItemId[] };

function rank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

function levelFromScore(total: number): RiskLevel {
  if (total >= RISK_SCORE_THRESHOLDS.critical) return "critical";
  if (total >= RISK_SCORE_THRESHOLDS.high) return "high";
  if (total >= RISK_SCORE_THRESHOLDS.medium) return "medium";
  return "low";
}

/**
 * Escalation rules [inference]: some single answers matter more than any sum.
 * - Self-harm or suicide risk (item 40) → critical: her immediate safety comes first.
 * - Any active control (group B) → at least high; three or more B items → critical.
 * - Deliberately inflicted injuries (item 43) → at least high.
 * - Any other health item (E), including depression or PTSD (item 44) → at least medium.
 */
function escalations(groups: readonly RiskGroupScore[]): Reason[] {
  const yesIn = (group: RiskGroup) => groups.find((g) => g.group === group)?.yesItems ?? [];
  const yes = new Set(groups.flatMap((g) => g.yesItems));
  const reasons: Reason[] = [];
  if (yes.has("self-harm-risk")) reasons.push({ level: "critical", items: ["self-harm-risk"] });
  const control = yesIn("b");
  if (control.length >= 3) reasons.push({ level: "critical", items: control });
  else if (control.length > 0) reasons.push({ level: "high", items: control });
  if (yes.has("inflicted-injuries")) reasons.push({ level: "high", items: ["inflicted-injuries"] });
  const otherHealth = yesIn("e").filter((id) => id !== "self-harm-risk" && id !== "inflicted-injuries");
  if (otherHealth.length > 0) reasons.push({ level: "medium", items: otherHealth });
  return reasons;
}

function answerOf(answers: RiskAnswers, id: RiskItemId): RiskAnswerValue | undefined {
  return answers[id]?.answer;
}

function scoreGroup(answers: RiskAnswers, group: RiskGroup): RiskGroupScore {
  const ids = RISK_ITEMS.filter((item) => item.group === group).map((item) => item.id);
  const count = (value: RiskAnswerValue | undefined) => ids.filter((id) => answerOf(answers, id) === value).length;
  const yesItems = ids.filter((id) => answerOf(answers, id) === "yes");
  const weight = RISK_GROUP_WEIGHTS[group];
  return {
    group,
    weight,
    yes: yesItems.length,
    no: count("no"),
    unknown: count("unknown"),
    unanswered: count(undefined),
    score: weight * yesItems.length,
    yesItems,
  };
}

/** A transparent score: per-group counts, total, level, the items that drove it. */
export function scoreRiskAssessment(answers: RiskAnswers): RiskScore {
  const groups = RISK_GROUPS.map((group) => scoreGroup(answers, group));
  const total = groups.reduce((sum, g) => sum + g.score, 0);
  const allYes = groups.flatMap((g) => g.yesItems);
  const reasons: Reason[] = [{ level: levelFromScore(total), items: allYes }, ...escalations(groups)];
  const level = reasons.reduce<RiskLevel>((max, r) => (rank(r.level) > rank(max) ? r.level : max), "low");
  const driverSet = new Set(reasons.filter((r) => r.level === level).flatMap((r) => r.items));
  return {
    groups,
    total,
    level,
    drivers: RISK_ITEM_IDS.filter((id) => driverSet.has(id)),
    toClarify: RISK_ITEM_IDS.filter((id) => answerOf(answers, id) === "unknown"),
    clarifyFirst: RISK_ITEMS.filter(
      (i) => ESCALATING_GROUPS.includes(i.group) && answerOf(answers, i.id) === "unknown",
    ).map((i) => i.id),
    unanswered: RISK_ITEM_IDS.filter((id) => answerOf(answers, id) === undefined),
  };
}

export function compareRiskLevels(a: RiskLevel, b: RiskLevel): number {
  return rank(a) - rank(b);
}

export function riskLevelKey(level: RiskLevel): `risk.level.${RiskLevel}` {
  return `risk.level.${level}`;
}
