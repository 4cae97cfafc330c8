import { type DisaggregationDimension, decideFunderView, type ReleaseCost, releaseCost } from "@gesim/core";
import { TRPCError } from "@trpc/server";
import { spentInPeriod } from "./funder-ledger.ts";
import {
  currentStoredRelease,
  type FunderCtx,
  type FunderReleaseInput,
  prepareRelease,
  releasePrepared,
} from "./funder-release.ts";
import type { FunderReport } from "./funder-report.ts";

/**
 * A funder's VIEW of a release (issue 14 item 5): never spends privacy budget, so a page can
 * show it on a GET. The stored release when it is current; without ε the quarter's
 * publication (no budget); under ε, when the release is not made yet, what releasing would
 * cost (read from the ledger, no case record read, no lock taken). Core decides which.
 */
export type FunderView =
  | { status: "released"; report: FunderReport }
  | ({ status: "awaitingRelease"; period: string; dimensions: DisaggregationDimension[] } & ReleaseCost);

export async function viewFunderReport(ctx: FunderCtx, input: FunderReleaseInput | undefined): Promise<FunderView> {
  const prepared = await prepareRelease(ctx, input);
  const { current, stored } = await currentStoredRelease(ctx, prepared);
  const decision = decideFunderView({
    storedIsCurrent: current,
    differentiallyPrivate: prepared.protection.differentiallyPrivate,
  });
  if (decision === "showStored" && stored) return { status: "released", report: stored.release.report };
  const epsilonPerPeriod = prepared.coverage.epsilon;
  if (decision === "awaitRelease" && epsilonPerPeriod !== null) {
    const spentEpsilon = await spentInPeriod(ctx, prepared.relationshipId, prepared.quarter);
    return {
      status: "awaitingRelease",
      period: prepared.quarter,
      dimensions: prepared.dimensions,
      ...releaseCost({ epsilonPerPeriod, spentEpsilon, ...(input?.epsilon ? { requested: input.epsilon } : {}) }),
    };
  }
  // Without ε: publish the quarter, spending nothing (`what` undefined never reaches the ledger).
  const release = await releasePrepared(ctx, prepared, undefined, undefined);
  if (!release) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
  return { status: "released", report: release.report };
}
