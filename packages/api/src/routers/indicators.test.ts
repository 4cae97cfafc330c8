import {
  activeIn,
  type CaseRecord,
  computeIndicators,
  consentState,
  latestCompleteQuarter,
  type ProtectedCount,
  quarterRange,
  scanFunderOutput,
} from "@gesim/core";
import { and, auditEvents, clients, consents, type Database, eq } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCaseRecords } from "../queries/case-records.ts";
import { loadMatrixFixture, type MatrixFixture } from "../testing/matrix-ids.ts";
import { callerFor, createSeededDb, NOW, TODAY } from "../testing/test-support.ts";
import { buildFunderReport, funderAllowList, reportingPopulation } from "./indicators/funder-report.ts";

let handle: TestDb;
let ids: MatrixFixture;
beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
});
afterAll(() => handle.close());

const QUARTER = latestCompleteQuarter(TODAY);
const PERIOD = quarterRange(QUARTER);

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** Every protected count in a value, wherever it is nested. */
function protectedCounts(value: unknown): ProtectedCount[] {
  if (Array.isArray(value)) return value.flatMap(protectedCounts);
  if (value && typeof value === "object") {
    const kind = (value as { kind?: unknown }).kind;
    if (kind === "suppressed" || (kind === "value" && Object.keys(value).length === 2))
      return [value as ProtectedCount];
    return Object.values(value).flatMap(protectedCounts);
  }
  return [];
}

describe("who may see indicators", () => {
  it("programme: managers only", async () => {
    expect(await codeOf((await callerFor(handle, "manager@demo.test")).indicators.programme())).toBe("ok");
    for (const email of ["caseworker@demo.test", "admin@demo.test", "funder@demo.test"]) {
      expect(await codeOf((await callerFor(handle, email)).indicators.programme()), email).toBe("FORBIDDEN");
    }
  });

  it("funder view: funders only", async () => {
    expect(await codeOf((await callerFor(handle, "funder@demo.test")).indicators.funder())).toBe("ok");
    for (const email of ["caseworker@demo.test", "admin@demo.test", "manager@demo.test"]) {
      expect(await codeOf((await callerFor(handle, email)).indicators.funder()), email).toBe("FORBIDDEN");
    }
  });

  it("audits both reads by organisation id", async () => {
    await (await callerFor(handle, "manager@demo.test")).indicators.programme();
    await (await callerFor(handle, "funder@demo.test")).indicators.funder();
    const org = ids.own.organisationId;
    for (const action of ["indicators.programme", "indicators.funder"]) {
      const events = await handle.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, org)));
      expect(events.length, action).toBeGreaterThan(0);
    }
  });
});

describe("bad input", () => {
  it("refuses more than two dimensions, duplicates, bad and running quarters, half or reversed periods", async () => {
    const funder = await callerFor(handle, "funder@demo.test");
    const manager = await callerFor(handle, "manager@demo.test");
    const three = ["ageBand", "citizenshipGroup", "legalStatus"] as const;
    expect(await codeOf(funder.indicators.funder({ dimensions: [...three] }))).toBe("BAD_REQUEST");
    expect(await codeOf(manager.indicators.programme({ dimensions: [...three] }))).toBe("BAD_REQUEST");
    expect(await codeOf(funder.indicators.funder({ dimensions: ["ageBand", "ageBand"] }))).toBe("BAD_REQUEST");
    expect(await codeOf(funder.indicators.funder({ quarter: "2026-Q5" }))).toBe("BAD_REQUEST");
    expect(await codeOf(funder.indicators.funder({ quarter: "2026-Q4" }))).toBe("BAD_REQUEST");
    expect(await codeOf(manager.indicators.programme({ from: "2026-10-01", to: "2026-07-01" }))).toBe("BAD_REQUEST");
    expect(await codeOf(manager.indicators.programme({ from: "2026-10-01" }))).toBe("BAD_REQUEST");
  });
});

describe("indicators.programme", () => {
  it("equals core computeIndicators on the same records (no second definition in the API)", async () => {
    const report = await (await callerFor(handle, "manager@demo.test")).indicators.programme({
      dimensions: ["citizenshipGroup"],
    });
    expect(report.period).toEqual(PERIOD);
    const records = await loadCaseRecords(handle.db, ids.own.organisationId, PERIOD, TODAY);
    expect(records.length).toBeGreaterThan(50);
    const expected = computeIndicators(records, PERIOD);
    // Indicators nothing records yet are "not recorded" (null), never a number (issue 21 item 1).
    for (const indicator of report.indicators)
      expect(indicator.result, indicator.id).toEqual(indicator.recorded ? expected[indicator.id] : null);
    expect(report.indicators.filter((i) => !i.recorded).map((i) => i.id)).toEqual(["ind-x1", "ind-x2", "ind-x3"]);
    expect(report.women).toBe(activeIn(records, PERIOD).length);
    expect(report.disaggregation?.groups.reduce((sum, g) => sum + g.women, 0)).toBe(report.women);
  });

  it("loads records with one query, whatever the caseload", async () => {
    const counted = (db: Database) => {
      let selects = 0;
      const proxy = new Proxy(db, {
        get(target, prop, receiver) {
          if (prop === "select" || prop === "execute") selects += 1;
          return Reflect.get(target, prop, receiver) as unknown;
        },
      });
      return { proxy, selects: () => selects };
    };
    const big = counted(handle.db);
    const many = await loadCaseRecords(big.proxy, ids.own.organisationId, PERIOD, TODAY);
    const small = counted(handle.db);
    const few = await loadCaseRecords(small.proxy, ids.other.organisationId, PERIOD, TODAY);
    expect(many.length).toBeGreaterThan(few.length);
    expect(few.length).toBeGreaterThan(0);
    expect(big.selects()).toBe(small.selects());
    expect(big.selects()).toBe(1);
  });
});

describe("indicators.funder", () => {
  it("without input: the latest complete quarter, with k and the resolution stated", async () => {
    const report = await (await callerFor(handle, "funder@demo.test")).indicators.funder();
    expect(report.period).toBe(QUARTER);
    expect(report.methodology).toEqual({ k: 10, resolution: 5, privacy: null });
    expect(report.disaggregation).toBeNull();
  });

  it("contains no id, no pseudonym, no exact date, and passes the funder-output guard", async () => {
    const report = await (await callerFor(handle, "funder@demo.test")).indicators.funder({
      dimensions: ["ageBand", "legalStatus"],
    });
    const json = JSON.stringify(report);
    expect(json).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const pseudonyms = await handle.db.select({ pseudonym: clients.pseudonym }).from(clients);
    expect(pseudonyms.length).toBeGreaterThan(100);
    for (const { pseudonym } of pseudonyms)
      expect(json.includes(pseudonym), "a pseudonym in the funder view").toBe(false);
    expect(scanFunderOutput(report, funderAllowList(["ZZ"]))).toEqual([]);
  });

  it("releases large groups and suppresses small ones; nothing released is below k", async () => {
    const report = await (await callerFor(handle, "funder@demo.test")).indicators.funder({
      dimensions: ["citizenshipGroup", "ageBand"],
    });
    const cells = protectedCounts(report.disaggregation?.table);
    expect(cells.some((c) => c.kind === "value" && c.value >= 10)).toBe(true);
    expect(cells.some((c) => c.kind === "suppressed")).toBe(true);
    expect(report.women.kind).toBe("value");
    for (const count of cells) if (count.kind === "value") expect(count.value).toBeGreaterThanOrEqual(10);
    for (const indicator of report.indicators) {
      if (indicator.kind === "ratio") {
        for (const count of [indicator.numerator, indicator.denominator])
          if (count.kind === "value") expect(count.value).toBeGreaterThanOrEqual(10);
        if (indicator.percent.kind === "value")
          expect([indicator.numerator.kind, indicator.denominator.kind]).toEqual(["value", "value"]);
      }
      if (indicator.kind === "distribution" && indicator.median.kind === "value")
        expect(indicator.n.kind).toBe("value");
    }
  });

  it("counts only women with valid reporting consent; withdrawing removes her", async () => {
    const org = ids.own.organisationId;
    // The demo relationship covers both demo organisations.
    const second = await loadCaseRecords(handle.db, ids.other.organisationId, PERIOD, TODAY);
    const before = [...(await loadCaseRecords(handle.db, org, PERIOD, TODAY)), ...second];
    const consenting = activeIn(reportingPopulation(before), PERIOD);
    expect(consenting.length).toBeLessThan(activeIn(before, PERIOD).length);
    const her = consenting[0] as CaseRecord;
    const [consent] = (
      await handle.db
        .select()
        .from(consents)
        .where(and(eq(consents.clientId, her.caseId), eq(consents.purpose, "anonymised-reporting")))
    ).filter(
      (c) =>
        consentState(
          {
            givenOn: c.givenOn,
            ...(c.withdrawnOn ? { withdrawnOn: c.withdrawnOn } : {}),
            ...(c.expiresOn ? { expiresOn: c.expiresOn } : {}),
          },
          TODAY,
        ) === "valid",
    );
    if (!consent) throw new Error("no valid reporting consent");
    const options = { quarter: QUARTER, k: 10, dimensions: ["ageBand"] as const, countries: ["ZZ"] };
    const funder = await callerFor(handle, "funder@demo.test");
    expect(await funder.indicators.funder({ dimensions: ["ageBand"] })).toEqual(buildFunderReport(before, options));
    await (await callerFor(handle, "manager@demo.test")).consents.withdraw({
      clientId: her.caseId,
      consentId: consent.id,
      version: consent.version,
    });

    const after = [...(await loadCaseRecords(handle.db, org, PERIOD, TODAY)), ...second];
    const population = reportingPopulation(after);
    expect(population.map((r) => r.caseId)).not.toContain(her.caseId);
    expect(activeIn(population, PERIOD).length).toBe(consenting.length - 1);
    // The release is a publication: the same day it stands as stored (ADR 009, issue 8)...
    expect(await funder.indicators.funder({ dimensions: ["ageBand"] })).toEqual(buildFunderReport(before, options));
    // ...and once older than the maximum age (24 h by default) it is recomputed: exactly the report
    // over the population without her. (Released counts are rounded down to multiples of 5, so
    // one woman less need not change any released number.)
    const nextDay = new Date(NOW.getTime() + 25 * 3_600_000);
    const report = await (await callerFor(handle, "funder@demo.test", nextDay)).indicators.funder({
      dimensions: ["ageBand"],
    });
    expect(report).toEqual(
      buildFunderReport(
        before.filter((r) => r.caseId !== her.caseId),
        options,
      ),
    );
  });
});
