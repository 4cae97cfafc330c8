import type { createCaller } from "@gesim/api";
import { DISAGGREGATION_DIMENSIONS, isMessageKey, latestCompleteQuarter, previousQuarter, type DisaggregationDimension } from "@gesim/core";
import { TRPCError } from "@trpc/server";
import { rethrowAsResponse } from "../../server/errors.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** How many complete quarters the funder can choose from (the latest first). */
const QUARTERS_OFFERED = 8;

export function offeredQuarters(today: string): string[] {
  const quarters = [latestCompleteQuarter(today)];
  while (quarters.length < QUARTERS_OFFERED) quarters.push(previousQuarter(quarters[quarters.length - 1] ?? ""));
  return quarters;
}

const asDimension = (value: string | null) => DISAGGREGATION_DIMENSIONS.find((d) => d === value);

/**
 * The funder view's query string: `quarter` (one of the offered ones; anything else falls back
 * to the latest complete quarter) and up to two breakdowns `by` and `by2`. The same choice
 * twice is sent on, so the API's refusal reaches the page as a message.
 */
export function parseFunderQuery(url: URL, today: string) {
  const quarters = offeredQuarters(today);
  const requested = url.searchParams.get("quarter");
  const quarter = quarters.find((q) => q === requested) ?? quarters[0] ?? "";
  const dimensions = [asDimension(url.searchParams.get("by")), asDimension(url.searchParams.get("by2"))].filter((d): d is DisaggregationDimension => d !== undefined);
  return { quarters, quarter, dimensions, options: DISAGGREGATION_DIMENSIONS };
}

/** The report, or the message key of the API's refusal (bad breakdown) with the funder's choice kept. */
export async function loadFunderReport(caller: Caller, quarter: string, dimensions: DisaggregationDimension[]) {
  try {
    return { report: await caller.indicators.funder({ quarter, dimensions }), error: null };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
      const report = await caller.indicators.funder({ quarter, dimensions: [] }).catch(rethrowAsResponse);
      return { report, error: isMessageKey(error.message) ? error.message : "error.invalidInput" };
    }
    return rethrowAsResponse(error);
  }
}

export type FunderReportView = Awaited<ReturnType<typeof loadFunderReport>>["report"];
