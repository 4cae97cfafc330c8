// 50 parallel plans.update calls on the same plan. On PostgreSQL (DATABASE_URL) they really
// run concurrently on a pool of connections; on PGlite (one connection) the same test runs
// and the transactions serialise. Either way: each call commits or gets CONFLICT, the final
// version is the first one plus the number of commits, and no commit is lost.
import { eq, plans } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { callerFor, createSeededDb } from "../../testing/test-support.ts";
import type { PlanFields } from "./schemas.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const CALLS = 50;

async function currentPlan(planId: string) {
  const [row] = await handle.db.select().from(plans).where(eq(plans.id, planId));
  if (!row) throw new Error("plan missing");
  return row;
}

describe(`${CALLS} parallel plans.update calls on one plan (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("each commits or gets CONFLICT; the final version is 1 + commits over the start; none is lost", async () => {
    const callers = [await callerFor(handle, "caseworker@demo.test"), await callerFor(handle, "manager@demo.test")];
    const { clientId, planId } = ids.own;
    const start = (await currentPlan(planId)).version;
    const outcomes = await Promise.all(
      Array.from({ length: CALLS }, async (_, i) => {
        // Each writer reads the version it edits, as a form would, then saves.
        const { version } = await currentPlan(planId);
        const day = String((i % 28) + 1).padStart(2, "0");
        const fields: PlanFields = {
          agreedByClient: true,
          agreedOn: `2026-10-${day}`,
          conditionsImposed: [],
          accommodationSingleSex: true,
          accommodationRatedSafe: "yes",
          lastSafetyReviewDate: `2026-11-${day}`,
        };
        try {
          const row = await (callers[i % callers.length] ?? callers[0])?.plans.update({
            clientId,
            planId,
            version,
            fields,
          });
          return { ok: true as const, version: row?.version ?? 0, day };
        } catch (error) {
          if (error instanceof TRPCError && error.code === "CONFLICT" && error.message === "error.conflict")
            return { ok: false as const };
          throw error;
        }
      }),
    );
    const commits = outcomes.filter((o) => o.ok);
    expect(commits.length + outcomes.filter((o) => !o.ok).length).toBe(CALLS);
    expect(commits.length).toBeGreaterThanOrEqual(1);
    const final = await currentPlan(planId);
    expect(final.version).toBe(start + commits.length);
    // Every commit produced its own version: start+1 … start+commits, none skipped or repeated.
    expect(commits.map((c) => c.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: commits.length }, (_, i) => start + i + 1),
    );
    // The row holds the fields of the commit with the highest version: the last write, not a lost one.
    const last = commits.reduce((a, b) => (b.version > a.version ? b : a));
    expect(final.lastSafetyReviewDate).toBe(`2026-11-${last.day}`);
  });
});
