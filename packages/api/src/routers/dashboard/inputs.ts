import {
  CITIZENSHIP_GROUPS,
  COVERAGE_STATUSES,
  DOMAIN_IDS,
  IsoDateSchema,
  latestCompleteQuarter,
  MonthSchema,
  monthRange,
  PATHWAY_IDS,
  type Period,
  PRINCIPLE_IDS,
  QuarterSchema,
  quarterRange,
  YearSchema,
} from "@gesim/core";
import { z } from "zod";
import { CursorInputSchema } from "../pagination.ts";

/**
 * Inputs shared by the manager dashboard (issue 6). A period is a custom range
 * `{ from, to }` (inclusive ISO dates) or a calendar period `{ granularity, period }` with its
 * code ("2026-11", "2026-Q3", "2026"); no period means the latest complete quarter.
 */
export const GRANULARITIES = ["month", "quarter", "year"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const CODE_SCHEMAS = { month: MonthSchema, quarter: QuarterSchema, year: YearSchema } as const;

const RangeSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((p) => p.from <= p.to, { error: "disclosure.error.invalidPeriod", path: ["to"] });

const CalendarPeriodSchema = z
  .object({ granularity: z.enum(GRANULARITIES), period: z.string().max(7) })
  .refine((p) => CODE_SCHEMAS[p.granularity].safeParse(p.period).success, {
    error: "disclosure.error.invalidPeriod",
    path: ["period"],
  });

export const PeriodInputSchema = z.union([RangeSchema, CalendarPeriodSchema]);
export type PeriodInput = z.infer<typeof PeriodInputSchema>;

/** Filters narrow the clients counted; every one is optional. */
export const FiltersSchema = z
  .object({
    caseworkerId: z.uuid().optional(),
    /** The client has a plan goal in a domain of this pathway (core `domainsForPathway`). */
    pathway: z.enum(PATHWAY_IDS).optional(),
    /** The client has a plan goal or action in this domain. */
    domain: z.enum(DOMAIN_IDS).optional(),
    citizenshipGroup: z.enum(CITIZENSHIP_GROUPS).optional(),
    hasChildren: z.boolean().optional(),
  })
  .strict();
export type DashboardFilters = z.infer<typeof FiltersSchema>;

export const DashboardInputSchema = z.object({
  period: PeriodInputSchema.optional(),
  filters: FiltersSchema.default({}),
});

export const PrincipleGapInputSchema = z.object({
  principleId: z.enum(PRINCIPLE_IDS),
  status: z.enum(COVERAGE_STATUSES.filter((s) => s !== "met") as ["partly", "not-met", "not-applicable"]),
  filters: FiltersSchema.default({}),
  cursor: CursorInputSchema.optional(),
  limit: z.int().min(1).max(100).default(25),
});

/** The inclusive date range of a period input (default: the latest complete quarter before `today`). */
export function resolvePeriod(input: PeriodInput | undefined, today: string): Period {
  if (!input) return quarterRange(latestCompleteQuarter(today));
  if ("from" in input) return { from: input.from, to: input.to };
  if (input.granularity === "month") return monthRange(input.period);
  if (input.granularity === "quarter") return quarterRange(input.period);
  return { from: `${input.period}-01-01`, to: `${input.period}-12-31` };
}

export function hasFilters(filters: DashboardFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
