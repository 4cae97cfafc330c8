import { type DisaggregationDimension, latestCompleteQuarter, quarterRange } from "@gesim/core";
import { and, consents, eq, funderReleases, isNull } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCaseRecords } from "../../queries/case-records.ts";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { callerFor, createSeededDb, NOW, TODAY } from "../../testing/test-support.ts";
import { publicationDimensionSets } from "./funder-release.ts";
import { buildFunderReport } from "./funder-report.ts";

// Issue 15, item 1: a quarter's release to a funder is ONE publication. Before, each dimension
// set was stored when first asked for, from that day's data, so a funder could view some sets,
// wait for a woman's withdrawal, then view a set never asked for and subtract.

let handle: TestDb;
let ids: MatrixFixture;
const QUARTER = latestCompleteQuarter(TODAY);
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const funder = (now: Date) => callerFor(handle, "funder@demo.test", now);

/** What one snapshot of both organisations' case records gives for a dimension set. */
async function snapshot(now: Date) {
  const today = now.toISOString().slice(0, 10);
  const records = [
    ...(await loadCaseRecords(handle.db, ids.own.organisationId, quarterRange(QUARTER), today)),
    ...(await loadCaseRecords(handle.db, ids.other.organisationId, quarterRange(QUARTER), today)),
  ];
  // The organisations' countries from their settings, as the release takes them.
  const countries = [...new Set(records.map((r) => r.country))].sort();
  return (dimensions: readonly DisaggregationDimension[]) =>
    buildFunderReport(records, { quarter: QUARTER, k: 10, dimensions: [...dimensions], countries });
}

/** The valid anonymised-reporting consents of the first organisation (what a withdrawal can remove). */
const reportingConsents = () =>
  handle.db
    .select({ id: consents.id, clientId: consents.clientId, version: consents.version })
    .from(consents)
    .where(
      and(
        eq(consents.organisationId, ids.own.organisationId),
        eq(consents.purpose, "anonymised-reporting"),
        isNull(consents.withdrawnOn),
      ),
    )
    .orderBy(consents.id);

describe("a funder's release of a quarter is one publication", () => {
  it("the attack: views of new dimension sets after withdrawals equal the first snapshot", async () => {
    const before = await snapshot(NOW);
    const f = await funder(NOW);
    expect(await f.indicators.funder({ quarter: QUARTER, dimensions: [] })).toEqual(before([]));
    expect(await f.indicators.funder({ quarter: QUARTER, dimensions: ["ageBand", "citizenshipGroup"] })).toEqual(
      before(["ageBand", "citizenshipGroup"]),
    );
    // Women withdraw their reporting consent, through the API as their manager records it.
    const manager = await callerFor(handle, "manager@demo.test", at(1));
    for (const consent of (await reportingConsents()).slice(0, 8)) {
      await manager.consents.withdraw({ clientId: consent.clientId, consentId: consent.id, version: consent.version });
    }
    const after = await snapshot(at(1));
    const asked: DisaggregationDimension[][] = [["citizenshipGroup", "ageBand"], ["ageBand"], ["country"]];
    // The test can fail: today's data gives other numbers for the sets never asked for before.
    expect(asked.some((dimensions) => JSON.stringify(after(dimensions)) !== JSON.stringify(before(dimensions)))).toBe(
      true,
    );
    const later = await funder(at(2));
    for (const dimensions of asked) {
      expect(await later.indicators.funder({ quarter: QUARTER, dimensions })).toEqual(before(dimensions));
    }
    const json = await later.indicators.funderExport({ format: "json", quarter: QUARTER, dimensions: ["legalStatus"] });
    expect((JSON.parse(json.content) as { report: unknown }).report).toEqual(before(["legalStatus"]));
    // Every dimension set was stored at once, with one time.
    const rows = await handle.db
      .select({ dimensions: funderReleases.dimensions, createdAt: funderReleases.createdAt })
      .from(funderReleases)
      .where(eq(funderReleases.period, QUARTER));
    expect(rows.map((r) => r.dimensions).sort()).toEqual(
      publicationDimensionSets()
        .map((d) => d.join("+"))
        .sort(),
    );
    expect(new Set(rows.map((r) => r.createdAt.getTime()))).toEqual(new Set([NOW.getTime()]));
    // At the refresh every dimension set moves to the new data together.
    const refreshed = await funder(at(25));
    const now = await snapshot(at(25));
    for (const dimensions of [[], ...asked] as DisaggregationDimension[][]) {
      expect(await refreshed.indicators.funder({ quarter: QUARTER, dimensions })).toEqual(now(dimensions));
    }
  });

  it("property: after any data changes and views within one refresh window, every view equals one snapshot", async () => {
    const sets = publicationDimensionSets();
    const step = fc.oneof(
      fc.record({ kind: fc.constant("view" as const), set: fc.nat({ max: sets.length - 1 }) }),
      fc.record({ kind: fc.constant("withdraw" as const), count: fc.integer({ min: 1, max: 4 }) }),
    );
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 8 }), async (steps) => {
        // Each run is its own refresh window, starting after the last run's window ended.
        round += 1;
        const start = at(30 + 48 * round);
        let expected: Awaited<ReturnType<typeof snapshot>> | undefined;
        for (const [i, s] of steps.entries()) {
          const now = new Date(start.getTime() + (i * 20 * HOUR) / steps.length);
          if (s.kind === "withdraw") {
            const manager = await callerFor(handle, "manager@demo.test", now);
            for (const consent of (await reportingConsents()).slice(0, s.count)) {
              await manager.consents.withdraw({
                clientId: consent.clientId,
                consentId: consent.id,
                version: consent.version,
              });
            }
            continue;
          }
          expected ??= await snapshot(now);
          const dimensions = sets[s.set] ?? [];
          const seen = await (await funder(now)).indicators.funder({ quarter: QUARTER, dimensions });
          expect(seen).toEqual(expected(dimensions));
        }
      }),
      { numRuns: 8, seed: 15 },
    );
  });
});
