import {
  activeIn,
  type CaseRecord,
  DISAGGREGATION_DIMENSIONS,
  latestCompleteQuarter,
  type ProtectedCount,
  quarterRange,
  scanFunderOutput,
} from "@gesim/core";
import {
  and,
  clients,
  eq,
  funderReleases,
  fundingRelationshipOrganisations,
  fundingRelationships,
  memberships,
  organisations,
  privacyBudgetSpends,
  sql,
  users,
  withTenant,
} from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../auth/password.ts";
import { DEMO_PASSWORD } from "../../demo/seed-demo.ts";
import { DEMO_RELATIONSHIP_ID } from "../../demo/seed-funding.ts";
import { loadCaseRecords } from "../../queries/case-records.ts";
import { loadMatrixFixture, type MatrixFixture } from "../../testing/matrix-ids.ts";
import { callerFor, createSeededDb, TODAY } from "../../testing/test-support.ts";
import { codeOf, messageOf } from "../../testing/trpc-codes.ts";
import { buildFunderReport, funderAllowList, reportingPopulation } from "./funder-report.ts";

let handle: TestDb;
let ids: MatrixFixture;
let pseudonyms: string[];
const QUARTER = latestCompleteQuarter(TODAY);
const PERIOD = quarterRange(QUARTER);

/** A user with a role in the second demo organisation (the seed has only a caseworker there). */
async function addStaff(email: string, role: "admin" | "funder", organisationId: string) {
  const [user] = await handle.db
    .insert(users)
    .values({ email, displayName: `Second ${role}`, passwordHash: await hashPassword(DEMO_PASSWORD) })
    .returning({ id: users.id });
  if (!user) throw new Error("user not created");
  await handle.db.insert(memberships).values({ organisationId, userId: user.id, role });
  return user.id;
}

beforeAll(async () => {
  handle = await createSeededDb();
  ids = await loadMatrixFixture(handle.db);
  pseudonyms = (await handle.db.select({ p: clients.pseudonym }).from(clients)).map((r) => r.p);
  await addStaff("admin2@second.test", "admin", ids.other.organisationId);
  await addStaff("funder2@second.test", "funder", ids.other.organisationId);
});
afterAll(() => handle.close());

/** Every funder response goes through this: no pseudonym, id, free text or exact date. */
function scanned<T>(response: T, extraCodes: readonly string[] = []): T {
  const json = JSON.stringify(response);
  expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  for (const p of pseudonyms) expect(json.includes(`"${p}"`), "a pseudonym in a funder response").toBe(false);
  const allow = funderAllowList(["ZZ"]);
  expect(
    scanFunderOutput(response, {
      ...allow,
      codes: [...allow.codes, ...extraCodes],
      keys: [
        ...allow.keys,
        "relationships",
        "relationshipId",
        "name",
        "epsilonPerPeriod",
        "periods",
        "spent",
        "remaining",
        "releases",
      ],
    }),
  ).toEqual([]);
  return response;
}

const funder = () => callerFor(handle, "funder@demo.test");
async function userId(email: string) {
  return (await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? "";
}
/** Her organisation's link version, which setEpsilon names. */
async function linkVersion(caller: Awaited<ReturnType<typeof admin>>, relationshipId = DEMO_RELATIONSHIP_ID) {
  return (await caller.admin.funding.list()).find((r) => r.relationshipId === relationshipId)?.version ?? 1;
}
const admin = () => callerFor(handle, "admin@demo.test");

describe("indicators.funder over a funding relationship", () => {
  it("aggregates the consenting women of ALL the relationship's organisations", async () => {
    const report = scanned(await (await funder()).indicators.funder());
    const own = await loadCaseRecords(handle.db, ids.own.organisationId, PERIOD, TODAY);
    const other = await loadCaseRecords(handle.db, ids.other.organisationId, PERIOD, TODAY);
    expect(reportingPopulation(other).length).toBeGreaterThan(0);
    expect(report).toEqual(
      buildFunderReport([...own, ...other], { quarter: QUARTER, k: 10, dimensions: [], countries: ["ZZ"] }),
    );
    expect(report).not.toEqual(buildFunderReport(own, { quarter: QUARTER, k: 10, dimensions: [], countries: ["ZZ"] }));
  });

  it("uses the strictest k of the relationship's organisations", async () => {
    await handle.db
      .update(organisations)
      .set({ disclosureThreshold: 20 })
      .where(eq(organisations.id, ids.other.organisationId));
    try {
      const report = scanned(await (await funder()).indicators.funder({ dimensions: ["ageBand"] }));
      expect(report.methodology.k).toBe(20);
      const cells = report.disaggregation?.table.cells as ProtectedCount[];
      for (const c of cells) if (c.kind === "value") expect(c.value).toBeGreaterThanOrEqual(20);
    } finally {
      await handle.db
        .update(organisations)
        .set({ disclosureThreshold: 10 })
        .where(eq(organisations.id, ids.other.organisationId));
    }
  });

  it("refuses a relationship she is not a member of, and explains when she has none", async () => {
    const second = await callerFor(handle, "funder2@second.test");
    expect(await messageOf(second.indicators.funder())).toBe("funding.error.noRelationship");
    expect(await codeOf(second.indicators.funder({ relationshipId: DEMO_RELATIONSHIP_ID }))).toBe("NOT_FOUND");
  });

  it("refuses bad input with a clear error: three dimensions, a running quarter, a bad ε", async () => {
    const f = await funder();
    expect(await messageOf(f.indicators.funder({ dimensions: ["ageBand", "country", "legalStatus"] }))).toBe(
      "indicators.error.tooManyDimensions",
    );
    expect(await messageOf(f.indicators.funder({ quarter: "2026-Q4" }))).toBe("disclosure.error.invalidPeriod");
    expect(await codeOf(f.indicators.funder({ epsilon: -1 }))).toBe("BAD_REQUEST");
  });
});

describe("funding relationships (admin)", () => {
  it("another organisation's admin who links a relationship and adds her funder gets none of the first organisation's data", async () => {
    const a1 = await admin();
    const a2 = await callerFor(handle, "admin2@second.test");
    const { relationshipId } = await a1.admin.funding.create({ name: "Test fund", epsilonPerPeriod: null });
    expect((await a1.admin.funding.list()).find((r) => r.relationshipId === relationshipId)?.organisations).toBe(1);
    // The second organisation does not see it before linking.
    expect((await a2.admin.funding.list()).map((r) => r.relationshipId)).not.toContain(relationshipId);
    const { code } = await a1.admin.funding.createJoinCode({ relationshipId });
    await a2.admin.funding.link({ relationshipId, joinCode: code });
    const funder2 = await userId("funder2@second.test");
    await a2.admin.funding.addMember({ relationshipId, userId: funder2 });
    const listed = (await a2.admin.funding.list()).find((r) => r.relationshipId === relationshipId);
    expect(listed?.organisations).toBe(2);
    expect(listed?.members).toEqual([{ userId: funder2, displayName: "Second funder", seesOurData: true }]);
    // She holds no funder membership in the first organisation: her release is the second organisation's alone.
    const report = scanned(
      await (await callerFor(handle, "funder2@second.test")).indicators.funder({ relationshipId }),
    );
    const own = await loadCaseRecords(handle.db, ids.own.organisationId, PERIOD, TODAY);
    const other = await loadCaseRecords(handle.db, ids.other.organisationId, PERIOD, TODAY);
    expect(report).toEqual(buildFunderReport(other, { quarter: QUARTER, k: 10, dimensions: [], countries: ["ZZ"] }));
    expect(report).not.toEqual(
      buildFunderReport([...own, ...other], { quarter: QUARTER, k: 10, dimensions: [], countries: ["ZZ"] }),
    );
    // The first organisation's admin does not see her among the members who see its data.
    expect((await a1.admin.funding.list()).find((r) => r.relationshipId === relationshipId)?.members).toEqual([]);
    // Unlinking takes her organisation's funders out with it.
    await a2.admin.funding.unlink({ relationshipId });
    expect(await messageOf((await callerFor(handle, "funder2@second.test")).indicators.funder())).toBe(
      "funding.error.noRelationship",
    );
  });

  it("each organisation decides through its memberships: without her funder membership there, its data leaves her release", async () => {
    const demoFunder = await userId("funder@demo.test");
    const a2 = await callerFor(handle, "admin2@second.test");
    const seen = (await a2.admin.funding.list()).find((r) => r.relationshipId === DEMO_RELATIONSHIP_ID)?.members;
    expect(seen).toEqual([{ userId: demoFunder, displayName: "Demo Funder", seesOurData: true }]);
    const grant = and(eq(memberships.userId, demoFunder), eq(memberships.organisationId, ids.other.organisationId));
    await handle.db.update(memberships).set({ active: false }).where(grant);
    try {
      const report = scanned(await (await funder()).indicators.funder());
      const own = await loadCaseRecords(handle.db, ids.own.organisationId, PERIOD, TODAY);
      expect(report).toEqual(buildFunderReport(own, { quarter: QUARTER, k: 10, dimensions: [], countries: ["ZZ"] }));
      expect(
        (await a2.admin.funding.list()).find((r) => r.relationshipId === DEMO_RELATIONSHIP_ID)?.members[0]?.seesOurData,
      ).toBe(false);
    } finally {
      await handle.db.update(memberships).set({ active: true }).where(grant);
    }
  });

  it("adds only funders of her own organisation; unknown relationships are NOT_FOUND", async () => {
    const a1 = await admin();
    expect(
      await messageOf(
        a1.admin.funding.addMember({ relationshipId: DEMO_RELATIONSHIP_ID, userId: ids.own.caseworkerUserId }),
      ),
    ).toBe("funding.error.notAFunder");
    expect(
      await codeOf(
        a1.admin.funding.addMember({ relationshipId: DEMO_RELATIONSHIP_ID, userId: ids.other.caseworkerUserId }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        a1.admin.funding.link({
          relationshipId: "00000000-0000-4000-8000-000000000000",
          joinCode: "2345-6789-abcd-efgh",
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        a1.admin.funding.setEpsilon({
          relationshipId: "00000000-0000-4000-8000-000000000000",
          epsilonPerPeriod: 1,
          version: 1,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(a1.admin.funding.create({ name: "", epsilonPerPeriod: null }))).toBe("BAD_REQUEST");
    expect(await codeOf(a1.admin.funding.create({ name: "Too much ε", epsilonPerPeriod: 50 }))).toBe("BAD_REQUEST");
  });

  it("only admins manage relationships; managers may list them", async () => {
    for (const email of ["caseworker@demo.test", "manager@demo.test", "funder@demo.test"]) {
      expect(
        await codeOf((await callerFor(handle, email)).admin.funding.create({ name: "No", epsilonPerPeriod: null })),
        email,
      ).toBe("FORBIDDEN");
    }
    expect(await codeOf((await callerFor(handle, "manager@demo.test")).admin.funding.list())).toBe("ok");
    expect(await codeOf((await funder()).admin.funding.list())).toBe("FORBIDDEN");
  });
});

describe("differential privacy per relationship", () => {
  it("spends ε per release, states the noise scale, shows the ledger and refuses beyond the budget", async () => {
    const a1 = await admin();
    await a1.admin.funding.setEpsilon({
      relationshipId: DEMO_RELATIONSHIP_ID,
      epsilonPerPeriod: 1,
      version: await linkVersion(a1),
    });
    const f = await funder();
    const first = scanned(await f.indicators.funder({ dimensions: ["citizenshipGroup"] }));
    expect(first.methodology.privacy?.epsilon).toBe(0.25);
    expect(first.methodology.privacy?.noiseScale).toBeGreaterThan(0);
    for (const ind of first.indicators) if (ind.kind === "distribution") expect(ind.median.kind).toBe("suppressed");
    await f.indicators.funder({ epsilon: 0.5 });
    const ledger = scanned(await f.indicators.budget(), [DEMO_RELATIONSHIP_ID, "Demo integration fund"]);
    expect(ledger.relationships[0]?.periods).toEqual([{ period: QUARTER, spent: 0.75, remaining: 0.25, releases: 2 }]);
    expect(await messageOf(f.indicators.funder({ epsilon: 0.3, dimensions: ["ageBand"] }))).toBe(
      "funding.error.budgetExhausted",
    );
    // The refusal spent nothing; the manager sees the same ledger.
    expect(
      (await (await callerFor(handle, "manager@demo.test")).indicators.budget()).relationships[0]?.periods[0]?.spent,
    ).toBe(0.75);
    await f.indicators.funder({ epsilon: 0.25, dimensions: ["country"] });
    expect(await messageOf(f.indicators.funder({ epsilon: 0.01, dimensions: ["legalStatus"] }))).toBe(
      "funding.error.budgetExhausted",
    );
  });

  it("a repeated view or an export of the same release returns the stored numbers and spends nothing", async () => {
    const f = await funder();
    const spent = async () => (await f.indicators.budget()).relationships[0]?.periods.find((p) => p.period === QUARTER);
    const before = await spent();
    // Stored by the previous test: same relationship, organisations, quarter and dimensions.
    const again = await f.indicators.funder({ dimensions: ["citizenshipGroup"] });
    const twice = await f.indicators.funder({ dimensions: ["citizenshipGroup"] });
    expect(twice).toEqual(again);
    expect(again.methodology.privacy?.epsilon).toBe(0.25);
    const json = await f.indicators.funderExport({ format: "json", dimensions: ["citizenshipGroup"] });
    expect((JSON.parse(json.content) as { report: unknown }).report).toEqual(again);
    await f.indicators.funderExport({ format: "htcds", dimensions: ["citizenshipGroup"] });
    expect(await spent()).toEqual(before);
    // One noised release of the quarter for these dimensions (publications without noise, of
    // other coverages, hold every dimension set, issue 15).
    const stored = await handle.db
      .select({ period: funderReleases.period, differentiallyPrivate: funderReleases.differentiallyPrivate })
      .from(funderReleases)
      .where(and(eq(funderReleases.dimensions, "citizenshipGroup"), eq(funderReleases.period, QUARTER)));
    expect(stored.filter((row) => row.differentiallyPrivate)).toEqual([
      { period: QUARTER, differentiallyPrivate: true },
    ]);
  });

  it("ε is per organisation: another organisation writes only its own link, and a release uses the smallest ε", async () => {
    const a1 = await admin();
    const a2 = await callerFor(handle, "admin2@second.test");
    // The second organisation turns DP off on its link: the demo link keeps ε = 1, releases stay DP.
    await a2.admin.funding.setEpsilon({
      relationshipId: DEMO_RELATIONSHIP_ID,
      epsilonPerPeriod: null,
      version: await linkVersion(a2),
    });
    expect(
      (await a1.admin.funding.list()).find((r) => r.relationshipId === DEMO_RELATIONSHIP_ID)?.epsilonPerPeriod,
    ).toBe(1);
    const f = await funder();
    const previous = previousQuarter();
    const dp = await f.indicators.funder({ quarter: previous, dimensions: ["ageBand"] });
    expect(dp.methodology.privacy?.epsilon).toBe(0.25);
    // A smaller ε on the second link governs the releases covering both (0.4 / 4).
    await a2.admin.funding.setEpsilon({
      relationshipId: DEMO_RELATIONSHIP_ID,
      epsilonPerPeriod: 0.4,
      version: await linkVersion(a2),
    });
    const stricter = await f.indicators.funder({ quarter: previous, dimensions: ["country"] });
    expect(stricter.methodology.privacy?.epsilon).toBeCloseTo(0.1);
    // Row-level security: the second organisation cannot touch the demo link or the ledger.
    const changed = await withTenant(handle.db, ids.other.organisationId, (tx) =>
      tx
        .update(fundingRelationshipOrganisations)
        .set({ epsilonPerPeriod: null })
        .where(eq(fundingRelationshipOrganisations.organisationId, ids.own.organisationId))
        .returning(),
    );
    expect(changed).toEqual([]);
    await expect(
      withTenant(handle.db, ids.other.organisationId, (tx) => tx.delete(privacyBudgetSpends)),
    ).rejects.toThrow();
    await expect(
      withTenant(handle.db, ids.other.organisationId, (tx) => tx.update(privacyBudgetSpends).set({ epsilon: 0 })),
    ).rejects.toThrow();
    // Nor erase the relationship (and with it every organisation's spends).
    await expect(
      withTenant(handle.db, ids.other.organisationId, (tx) =>
        tx.delete(fundingRelationships).where(eq(fundingRelationships.id, DEMO_RELATIONSHIP_ID)),
      ),
    ).rejects.toThrow();
    expect(
      (await handle.db.select().from(privacyBudgetSpends).where(eq(privacyBudgetSpends.period, previous)))
        .map((r) => r.epsilon)
        .sort(),
    ).toEqual([0.1, 0.25]);
    await a2.admin.funding.setEpsilon({
      relationshipId: DEMO_RELATIONSHIP_ID,
      epsilonPerPeriod: null,
      version: await linkVersion(a2),
    });
    // A stale version is refused and changes nothing.
    expect(
      await codeOf(
        a2.admin.funding.setEpsilon({ relationshipId: DEMO_RELATIONSHIP_ID, epsilonPerPeriod: 2, version: 1 }),
      ),
    ).toBe("CONFLICT");
  });

  it("the SECURITY DEFINER function runs with a fixed search_path", async () => {
    const result = await handle.db.execute(
      sql`select array_to_string(proconfig, ';') as config, prosecdef from pg_proc where proname = 'gesim_relationship_organisations'`,
    );
    const rows = ((result as { rows?: unknown }).rows ?? result) as { config: string; prosecdef: boolean }[];
    expect(rows).toEqual([{ config: "search_path=pg_catalog, public, pg_temp", prosecdef: true }]);
  });

  it("parallel releases never overspend", async () => {
    const quarter = previousQuarter(previousQuarter());
    const callers = await Promise.all([funder(), funder(), funder(), funder()]);
    const dims = [[], ["ageBand"], ["country"], ["legalStatus"]] as const;
    const results = await Promise.all(
      callers.map((c, i) => codeOf(c.indicators.funder({ quarter, epsilon: 0.4, dimensions: [...(dims[i] ?? [])] }))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(2);
    expect(results.filter((r) => r === "PRECONDITION_FAILED")).toHaveLength(2);
    const spends = await handle.db.select().from(privacyBudgetSpends).where(eq(privacyBudgetSpends.period, quarter));
    expect(spends.reduce((s, r) => s + r.epsilon, 0)).toBeLessThanOrEqual(1);
  });
});

function previousQuarter(quarter = QUARTER) {
  return quarter.endsWith("Q1")
    ? `${Number(quarter.slice(0, 4)) - 1}-Q4`
    : `${quarter.slice(0, 5)}Q${Number(quarter.slice(6)) - 1}`;
}

describe("differencing attacks", () => {
  /** Released value of every cell, by path. */
  function released(value: unknown, path = ""): Map<string, number | null> {
    const out = new Map<string, number | null>();
    if (value && typeof value === "object") {
      const kind = (value as { kind?: unknown }).kind;
      if (kind === "suppressed") out.set(path, null);
      else if (kind === "value" && Object.keys(value).length === 2) out.set(path, (value as { value: number }).value);
      else for (const [k, v] of Object.entries(value)) for (const [p, n] of released(v, `${path}/${k}`)) out.set(p, n);
    }
    return out;
  }

  it("two releases over populations that differ by one woman never differ by exactly her", async () => {
    const records = [
      ...(await loadCaseRecords(handle.db, ids.own.organisationId, PERIOD, TODAY)),
      ...(await loadCaseRecords(handle.db, ids.other.organisationId, PERIOD, TODAY)),
    ].map((r): CaseRecord => ({ ...r, reportingConsent: true }));
    const pairs = DISAGGREGATION_DIMENSIONS.flatMap((a) => [
      [a],
      ...DISAGGREGATION_DIMENSIONS.filter((b) => b > a).map((b) => [a, b]),
    ]);
    let compared = 0;
    for (const her of records.slice(0, 12)) {
      const without = records.filter((r) => r !== her);
      for (const dimensions of pairs) {
        const options = { quarter: QUARTER, k: 10, dimensions, countries: ["ZZ"] };
        const before = released(buildFunderReport(records, options));
        const after = released(buildFunderReport(without, options));
        for (const [path, value] of before) {
          const other = after.get(path);
          if (path.endsWith("/median") || path.endsWith("/percent")) continue;
          // Counts move only in steps of the resolution (5), so no subtraction isolates one woman,
          // and a cell released in one report and suppressed in the other is never a cell of 1.
          if (value !== null && other !== null && other !== undefined) {
            expect(Math.abs(value - other) === 0 || Math.abs(value - other) >= 5, path).toBe(true);
            compared += 1;
          }
          if (value !== null && other === null) expect(value, path).toBeGreaterThanOrEqual(10);
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("an event count is suppressed whenever its count of women is: one woman with many events does not show", async () => {
    const records = (await loadCaseRecords(handle.db, ids.own.organisationId, PERIOD, TODAY)).map(
      (r): CaseRecord => ({ ...r, reportingConsent: true, conditionsImposedCount: 0, secondaryVictimisationCount: 0 }),
    );
    const her = activeIn(records, PERIOD)[0];
    if (!her) throw new Error("no records");
    const withHer = records.map((r) =>
      r === her ? { ...r, conditionsImposedCount: 40, secondaryVictimisationCount: 25 } : r,
    );
    const report = buildFunderReport(withHer, { quarter: QUARTER, k: 10, dimensions: [], countries: ["ZZ"] });
    for (const id of ["ind-1.3", "ind-x3"]) {
      const ind = report.indicators.find((i) => i.id === id);
      expect(ind?.kind).toBe("count");
      if (ind?.kind !== "count") continue;
      expect(ind.women.kind, id).toBe("suppressed");
      expect(ind.value.kind, id).toBe("suppressed");
    }
  });

  it("periods cannot overlap: only whole, complete quarters are released to funders", async () => {
    const f = await funder();
    expect(await codeOf(f.indicators.funder({ quarter: "2026-Q4" }))).toBe("BAD_REQUEST");
    expect(await codeOf(f.indicators.funder({ quarter: "2026-07" } as never))).toBe("BAD_REQUEST");
    expect(await codeOf(f.indicators.funder({ from: "2026-07-01", to: "2026-08-15" } as never))).toBe("BAD_REQUEST");
  });
});

describe("exports", () => {
  it("CSV, JSON and HTCDS with a methodology sheet, all without personal data", async () => {
    const a1 = await admin();
    await a1.admin.funding.setEpsilon({
      relationshipId: DEMO_RELATIONSHIP_ID,
      epsilonPerPeriod: null,
      version: await linkVersion(a1),
    });
    const f = await funder();
    const csv = await f.indicators.funderExport({ format: "csv", dimensions: ["ageBand"] });
    expect(csv.content.split("\r\n")[0]).toBe("statistic,title,category,subcategory,value");
    expect(csv.content).toContain("suppressed");
    // Every indicator row names its indicator in the reader's language (issue 18).
    const { INDICATORS, translate } = await import("@gesim/core");
    const first = INDICATORS[0];
    if (!first) throw new Error("no indicators");
    expect(csv.content).toContain(translate("en", first.titleKey));
    const german = await f.indicators.funderExport({ format: "csv", dimensions: ["ageBand"], locale: "de" });
    expect(german.content).toContain(translate("de", first.titleKey));
    expect(translate("de", first.titleKey)).not.toBe(translate("en", first.titleKey));
    expect(csv.methodology).toMatchObject({ period: QUARTER, k: 10, resolution: 5, epsilon: null, noiseScale: null });
    expect(csv.methodology.definitions.length).toBeGreaterThan(10);
    const json = await f.indicators.funderExport({ format: "json", locale: "de" });
    const parsed = JSON.parse(json.content) as { report: unknown };
    scanned(parsed.report);
    expect(json.methodology.notes[0]).toContain("Berichtszeitraum");
    const htcds = await f.indicators.funderExport({ format: "htcds" });
    const aggregate = JSON.parse(htcds.content) as {
      standard: string;
      records: {
        prs_Gender: string;
        cas_Status: string | null;
        org_ShippingCountry: string | null;
        count: ProtectedCount;
      }[];
    };
    expect(aggregate.standard).toBe("HTCDS");
    expect(aggregate.records.flatMap((r) => (r.cas_Status ? [r.cas_Status] : [])).sort()).toEqual(["Active", "Closed"]);
    for (const file of [csv, json, htcds]) {
      expect(file.content).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
      expect(file.content).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(JSON.stringify(file.methodology)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      for (const p of pseudonyms) expect(file.content.includes(p)).toBe(false);
    }
  });

  it("the methodology CSV defuses text a spreadsheet would run as a formula (one CSV writer, core's)", async () => {
    const { toCsv } = await import("@gesim/core");
    expect(toCsv([["=1+1", "a,b", 3]])).toBe('\'=1+1,"a,b",3\r\n');
  });
});

describe("a funder reaches indicators only", () => {
  it("no procedure outside indicators.funder/funderView/funderExport/budget admits the funder role (the matrix checks each call)", async () => {
    const { appRouter } = await import("../../root.ts");
    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<
        string,
        { _def: { meta?: { access?: { scope: string; roles?: readonly string[] } } } }
      >,
    );
    const forFunders = procedures
      .filter(([, p]) => p._def.meta?.access?.roles?.includes("funder"))
      .map(([path]) => path)
      .sort();
    expect(forFunders).toEqual([
      "indicators.budget",
      "indicators.funder",
      "indicators.funderExport",
      "indicators.funderView",
    ]);
    const f = await funder();
    expect(await codeOf(f.dashboard.scorecard())).toBe("FORBIDDEN");
    expect(await codeOf(f.indicators.programme())).toBe("FORBIDDEN");
    expect(await codeOf(f.clients.list({ limit: 5 }))).toBe("FORBIDDEN");
  });
});
