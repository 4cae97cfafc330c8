import { z } from "zod";
import { DOMAIN_IDS, type DomainId } from "../domains/domain-ids.ts";
import { domainsForPathway } from "../domains/domains.ts";
import type { MessageKey } from "../i18n/catalogue.ts";
import type { PathwayId } from "../pathways/pathways.ts";
import { IsoDateSchema } from "../plan/iso-date.ts";

/**
 * A 1–10 outcome ladder, read per domain at intake and at each review, to show "distance
 * travelled" (domain.md §5.3 X2, §8.2). The stage wording is our own [inference]; it is
 * deliberately not the Outcomes Star, whose licence forbids embedding it.
 */
export const LADDER_MIN = 1;
export const LADDER_MAX = 10;

export type LadderStage = {
  readonly id: "stuck" | "accepting-help" | "trying" | "finding-what-works" | "self-reliant";
  readonly from: number;
  readonly to: number;
  readonly titleKey: MessageKey;
  readonly descriptionKey: MessageKey;
};

export const LADDER_STAGES = [
  { id: "stuck", from: 1, to: 2, titleKey: "ladder.stuck.title", descriptionKey: "ladder.stuck.description" },
  {
    id: "accepting-help",
    from: 3,
    to: 4,
    titleKey: "ladder.accepting-help.title",
    descriptionKey: "ladder.accepting-help.description",
  },
  { id: "trying", from: 5, to: 6, titleKey: "ladder.trying.title", descriptionKey: "ladder.trying.description" },
  {
    id: "finding-what-works",
    from: 7,
    to: 8,
    titleKey: "ladder.finding-what-works.title",
    descriptionKey: "ladder.finding-what-works.description",
  },
  {
    id: "self-reliant",
    from: 9,
    to: 10,
    titleKey: "ladder.self-reliant.title",
    descriptionKey: "ladder.self-reliant.description",
  },
] as const satisfies readonly LadderStage[];

export const LadderValueSchema = z.number().int().min(LADDER_MIN).max(LADDER_MAX);

export const LadderReadingSchema = z.object({
  domain: z.enum(DOMAIN_IDS),
  value: LadderValueSchema,
  /** ISO date (YYYY-MM-DD) of the conversation. */
  date: IsoDateSchema,
});
export type LadderReading = z.infer<typeof LadderReadingSchema>;

/** The stage band of a ladder value; values outside 1–10 are clamped. */
export function ladderStage(value: number): LadderStage {
  const clamped = Math.min(LADDER_MAX, Math.max(LADDER_MIN, Math.round(value)));
  return LADDER_STAGES.find((s) => clamped >= s.from && clamped <= s.to) ?? LADDER_STAGES[0];
}

/** What the stage of `value` looks like in `domain` (messages/ladder-domains.ts). */
export function ladderDomainStageKey(domain: DomainId, value: number): MessageKey {
  return `ladder.${domain}.${ladderStage(value).id}` as const satisfies MessageKey;
}

/** The latest reading per domain (by date; on the same date the later one in the list wins). */
export function latestReadings(readings: readonly LadderReading[]): Partial<Record<DomainId, LadderReading>> {
  const latest: Partial<Record<DomainId, LadderReading>> = {};
  for (const reading of readings) {
    const current = latest[reading.domain];
    if (!current || reading.date >= current.date) latest[reading.domain] = reading;
  }
  return latest;
}

export type PathwayGroup = PathwayId | "cross-cutting";

export type DistanceTravelled = {
  /** after − before, for each domain read in both sets. */
  readonly byDomain: Partial<Record<DomainId, number>>;
  /** Mean of the domain changes in that group (domains.ts placement), or null if none. */
  readonly byPathway: Readonly<Record<PathwayGroup, number | null>>;
};

function noNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return noNegativeZero(values.reduce((sum, v) => sum + v, 0) / values.length);
}

/**
 * Distance travelled between two sets of readings (e.g. intake and 6-month review). Each set
 * is reduced to its latest reading per domain; domains missing from either set are left out.
 */
export function distanceTravelled(
  before: readonly LadderReading[],
  after: readonly LadderReading[],
): DistanceTravelled {
  const start = latestReadings(before);
  const end = latestReadings(after);
  const byDomain: Partial<Record<DomainId, number>> = {};
  for (const domain of DOMAIN_IDS) {
    const from = start[domain];
    const to = end[domain];
    if (from && to) byDomain[domain] = noNegativeZero(to.value - from.value);
  }
  const groupMean = (group: PathwayGroup) =>
    mean(domainsForPathway(group).flatMap((d) => (byDomain[d.id] === undefined ? [] : [byDomain[d.id] ?? 0])));
  const byPathway = { plm: groupMean("plm"), eem: groupMean("eem"), "cross-cutting": groupMean("cross-cutting") };
  return { byDomain, byPathway };
}
