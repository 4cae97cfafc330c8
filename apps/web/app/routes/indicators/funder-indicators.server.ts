import type { createCaller } from "@gesim/api";
import {
  DISAGGREGATION_DIMENSIONS,
  type DisaggregationDimension,
  isMessageKey,
  latestCompleteQuarter,
  previousQuarter,
} from "@gesim/core";
import { TRPCError } from "@trpc/server";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { isUuid } from "../clients/form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** How many complete quarters the funder can choose from (the latest first). */
const QUARTERS_OFFERED = 8;

export function offeredQuarters(today: string): string[] {
  const quarters = [latestCompleteQuarter(today)];
  while (quarters.length < QUARTERS_OFFERED) quarters.push(previousQuarter(quarters[quarters.length - 1] ?? ""));
  return quarters;
}

const asDimension = (value: FormDataEntryValue | null) => DISAGGREGATION_DIMENSIONS.find((d) => d === value);

/**
 * The funder's choice, from the page's query string or the download form: `relationship`
 * (an id; none means her first relationship), `quarter` (one of the offered ones, else the
 * latest complete quarter) and up to two breakdowns `by` and `by2`. The same choice twice is
 * passed on, so the API's refusal reaches the page as a message.
 */
export function parseFunderChoice(params: { get(name: string): FormDataEntryValue | null }, today: string) {
  const quarters = offeredQuarters(today);
  const requested = params.get("quarter");
  const quarter = quarters.find((q) => q === requested) ?? quarters[0] ?? "";
  const dimensions = [asDimension(params.get("by")), asDimension(params.get("by2"))].filter(
    (d): d is DisaggregationDimension => d !== undefined,
  );
  const relationship = params.get("relationship");
  const relationshipId = typeof relationship === "string" && isUuid(relationship) ? relationship : undefined;
  return { quarters, quarter, dimensions, relationshipId, options: DISAGGREGATION_DIMENSIONS };
}

export type FunderChoice = ReturnType<typeof parseFunderChoice>;

/** Refusals a funder can act on (a bad breakdown, no relationship, budget used up) as message keys; anything else is rethrown. */
export function funderRefusal(error: unknown): string {
  if (error instanceof TRPCError && (error.code === "BAD_REQUEST" || error.code === "PRECONDITION_FAILED"))
    return isMessageKey(error.message) ? error.message : "error.invalidInput";
  return rethrowAsResponse(error);
}

/** The page's address for a choice (GET): where a release or a refused download goes back to. */
export function choicePath(choice: FunderChoice, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ quarter: choice.quarter });
  if (choice.relationshipId) params.set("relationship", choice.relationshipId);
  const [by, by2] = choice.dimensions;
  if (by) params.set("by", by);
  if (by2) params.set("by2", by2);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return `/indicators?${params}`;
}

/**
 * Releases the chosen figures (the page's POST: under ε this spends privacy budget, once per
 * breakdown and quarter) and answers where to go back to: the same choice, by GET, with the
 * refusal's message key when the release was refused (budget used up).
 */
export async function releaseFunderChoice(caller: Caller, choice: FunderChoice): Promise<string> {
  try {
    await caller.indicators.funder({
      relationshipId: choice.relationshipId,
      quarter: choice.quarter,
      dimensions: choice.dimensions,
    });
    return choicePath(choice);
  } catch (error) {
    return choicePath(choice, { releaseError: funderRefusal(error) });
  }
}

/**
 * What the page shows on a GET, spending nothing (issue 14 item 5): the released figures of
 * the choice, or what releasing them would cost, with the budget ledger of its relationship,
 * or the refusal's message key. When the chosen breakdown is refused or not released yet, the
 * quarter without a breakdown is shown if it is released, with the funder's choice kept.
 */
export async function loadFunderView(caller: Caller, choice: FunderChoice) {
  const ledger = await caller.indicators.budget().catch(rethrowAsResponse);
  const relationships = ledger.relationships.map((r) => ({ id: r.relationshipId, name: r.name }));
  const input = { relationshipId: choice.relationshipId, quarter: choice.quarter };
  let error: string | null = null;
  const view = await caller.indicators.funderView({ ...input, dimensions: choice.dimensions }).catch((e: unknown) => {
    error = funderRefusal(e);
    return null;
  });
  let report = view?.status === "released" ? view.report : null;
  const awaitingRelease = view?.status === "awaitingRelease" ? view : null;
  if (!report && choice.dimensions.length > 0 && (error || awaitingRelease)) {
    const plain = await caller.indicators.funderView({ ...input, dimensions: [] }).catch(() => null);
    report = plain?.status === "released" ? plain.report : null;
  }
  const relationship =
    ledger.relationships.find((r) => r.relationshipId === choice.relationshipId) ?? ledger.relationships[0];
  const spent = relationship?.periods.find((p) => p.period === choice.quarter);
  const budget =
    relationship?.epsilonPerPeriod != null
      ? {
          total: relationship.epsilonPerPeriod,
          spent: spent?.spent ?? 0,
          remaining: spent?.remaining ?? relationship.epsilonPerPeriod,
        }
      : null;
  return {
    report,
    awaitingRelease,
    error: error as string | null,
    relationships,
    relationshipId: relationship?.relationshipId ?? null,
    budget,
  };
}

export type FunderReportView = NonNullable<Awaited<ReturnType<typeof loadFunderView>>["report"]>;
