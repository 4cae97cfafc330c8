import { z } from "zod";
import { DOMAIN_IDS, type DomainId } from "../domains/domain-ids.ts";
import type { MessageKey } from "../i18n/catalogue.ts";
import { IsoDateSchema } from "../plan/iso-date.ts";

/**
 * Needs assessment across all domains (domain.md §8.1 step 2): one need level per domain and
 * an optional short note. Domains not yet assessed are absent, not "none".
 */
export const NEED_LEVELS = ["none", "low", "medium", "high", "urgent"] as const;
export type NeedLevel = (typeof NEED_LEVELS)[number];

export const NEED_NOTE_MAX_LENGTH = 500;

export const DomainNeedSchema = z.object({
  level: z.enum(NEED_LEVELS),
  note: z.string().trim().max(NEED_NOTE_MAX_LENGTH).optional(),
});
export type DomainNeed = z.infer<typeof DomainNeedSchema>;

export const NeedsAssessmentSchema = z.object({
  assessedOn: IsoDateSchema,
  needs: z.partialRecord(z.enum(DOMAIN_IDS), DomainNeedSchema),
});
export type NeedsAssessment = z.infer<typeof NeedsAssessmentSchema>;

export function needLevelRank(level: NeedLevel): number {
  return NEED_LEVELS.indexOf(level);
}

export function needLevelKey(level: NeedLevel): MessageKey {
  return `need.${level}` as const satisfies MessageKey;
}

/** Domains whose need is at least `level`, most pressing first, then in DOMAIN_IDS order. */
export function domainsWithNeedAtLeast(assessment: NeedsAssessment, level: NeedLevel): DomainId[] {
  const min = needLevelRank(level);
  return DOMAIN_IDS.filter((d) => {
    const need = assessment.needs[d];
    return need !== undefined && needLevelRank(need.level) >= min;
  }).sort((a, b) => rankOf(assessment, b) - rankOf(assessment, a));
}

function rankOf(assessment: NeedsAssessment, domain: DomainId): number {
  const need = assessment.needs[domain];
  return need ? needLevelRank(need.level) : -1;
}

/** The highest need level recorded, or undefined when no domain has been assessed. */
export function highestNeed(assessment: NeedsAssessment): NeedLevel | undefined {
  const ranks = DOMAIN_IDS.map((d) => rankOf(assessment, d)).filter((r) => r >= 0);
  return ranks.length === 0 ? undefined : NEED_LEVELS[Math.max(...ranks)];
}

/** Domains with no need level yet: to be asked at the next conversation. */
export function unassessedDomains(assessment: NeedsAssessment): DomainId[] {
  return DOMAIN_IDS.filter((d) => assessment.needs[d] === undefined);
}
