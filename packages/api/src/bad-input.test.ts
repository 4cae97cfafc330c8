// Issue 14, "Bad input must never be a 5xx": each input the review found answering 500 now
// answers 400 over HTTP, as an attacker sends it, on PGlite and PostgreSQL.
import type { TestDb } from "@gesim/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLES } from "./authorization-matrix.samples.ts";
import { createContext } from "./context.ts";
import { DEMO_PASSWORD } from "./demo/seed-demo.ts";
import { appRouter } from "./root.ts";
import { loadMatrixFixture, type MatrixFixture } from "./testing/matrix-ids.ts";
import { anonymousCaller, callerFor, contextOptions, createSeededDb, NOW } from "./testing/test-support.ts";

let handle: TestDb;
let fixture: MatrixFixture;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  handle = await createSeededDb();
  fixture = await loadMatrixFixture(handle.db);
  for (const role of ["manager", "admin", "funder"]) {
    const login = await (await anonymousCaller(handle)).auth.login({
      email: `${role}@demo.test`,
      password: DEMO_PASSWORD,
    });
    tokens[role] = login.sessionToken;
  }
});
afterAll(() => handle.close());

const QUERIES = new Set([
  "clients.list",
  "reviews.list",
  "notes.list",
  "dashboard.indicators",
  "indicators.funderView",
]);

async function status(path: string, input: unknown, role = "manager") {
  const encoded = encodeURIComponent(JSON.stringify(input));
  const query = QUERIES.has(path);
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}${query ? `?input=${encoded}` : ""}`, {
      method: query ? "GET" : "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tokens[role]}` },
      ...(query ? {} : { body: JSON.stringify(input) }),
    }),
    router: appRouter,
    createContext: () => createContext(contextOptions(handle, { sessionToken: tokens[role], now: NOW })),
  });
  return response.status;
}

const sample = (path: string) => SAMPLES[path]?.(fixture.own) as Record<string, unknown>;
const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString("base64url");
const TOO_BIG = 2 ** 31;

describe("bad input answers 400, never 500", () => {
  it.each([
    "clients.update",
    "clients.close",
    "plans.addGoal",
    "plans.addAction",
    "plans.update",
    "consents.withdraw",
    "providers.update",
  ])("an integer beyond int4 as the version of %s", async (path) => {
    expect(await status(path, { ...sample(path), version: TOO_BIG })).toBe(400);
  });

  it("an integer beyond int4 in the administrator's settings", async () => {
    const retention = sample("admin.organisation.setRetention");
    expect(await status("admin.organisation.setRetention", { ...retention, version: TOO_BIG }, "admin")).toBe(400);
    const epsilon = { ...sample("admin.funding.setEpsilon"), version: TOO_BIG };
    expect(await status("admin.funding.setEpsilon", epsilon, "admin")).toBe(400);
  });

  it("the year 0000 in dates, quarters and periods", async () => {
    const review = { ...sample("reviews.create"), reviewedOn: "0000-01-01" };
    expect(await status("reviews.create", review)).toBe(400);
    const needs = sample("assessments.createNeeds");
    const needsAssessment = { ...(needs.assessment as object), assessedOn: "0000-01-01" };
    expect(await status("assessments.createNeeds", { ...needs, assessment: needsAssessment })).toBe(400);
    const ladder = {
      ...sample("assessments.createLadder"),
      readings: [{ domain: "accommodation", value: 5, date: "0000-03-01" }],
    };
    expect(await status("assessments.createLadder", ladder)).toBe(400);
    const consent = sample("consents.create");
    const consentBody = { ...(consent.consent as object), givenOn: "0000-01-05" };
    expect(await status("consents.create", { ...consent, consent: consentBody })).toBe(400);
    const period = { period: { granularity: "quarter", period: "0000-Q1" } };
    expect(await status("dashboard.indicators", period)).toBe(400);
    const range = { period: { from: "0000-01-01", to: "2026-01-01" } };
    expect(await status("dashboard.indicators", range)).toBe(400);
    expect(await status("indicators.funder", { quarter: "0000-Q1" }, "funder")).toBe(400);
    expect(await status("indicators.funderView", { quarter: "0000-Q1" }, "funder")).toBe(400);
  });

  it("forged cursors, whatever they hold", async () => {
    const clientId = fixture.own.clientId;
    for (const cursor of [
      forged({ reviewedOn: "0000-01-01", id: clientId }),
      forged(["0000-01-01T00:00:00.000Z", clientId]),
      forged({ k: "Umbel\u0000", i: clientId }),
      forged([2 ** 40]),
    ]) {
      expect(await status("notes.list", { clientId, cursor })).toBe(400);
      expect(await status("clients.list", { cursor })).toBe(400);
    }
    expect(await status("reviews.list", { clientId, cursor: { reviewedOn: "0000-01-01", id: clientId } })).toBe(400);
  });

  it("NUL and lone surrogates in any text", async () => {
    expect(await status("providers.create", { ...sample("providers.create"), name: "Service\u0000" })).toBe(400);
    expect(await status("clients.list", { search: "Umbel\u0000" })).toBe(400);
    expect(await status("clients.list", { search: "Umbel\uD800" })).toBe(400);
    const action = sample("plans.addAction");
    const freeText = { domain: "legal", freeText: "Call the \u0000 lawyer", status: "planned" };
    expect(await status("plans.addAction", { ...action, action: freeText })).toBe(400);
    expect(await status("notes.create", { ...sample("notes.create"), body: "a\uDC00b" })).toBe(400);
  });

  it("an ε too small to mean anything", async () => {
    for (const epsilon of [1e-320, 5e-324])
      for (const path of ["indicators.funder", "indicators.funderView"])
        expect(await status(path, { epsilon }, "funder"), path).toBe(400);
  });

  it("plans.addAction with a bad due date or position", async () => {
    const action = sample("plans.addAction");
    for (const broken of [
      { dueDate: "0000-01-01" },
      { dueDate: "2026-02-30" },
      { position: TOO_BIG },
      { position: -1 },
    ])
      expect(await status("plans.addAction", { ...action, action: { ...(action.action as object), ...broken } })).toBe(
        400,
      );
  });
});

describe("page cursors are opaque (issue 14, item 8)", () => {
  it("a caseload cursor neither shows nor decodes to a pseudonym, and a readable one is refused", async () => {
    const manager = await callerFor(handle, "manager@demo.test");
    const first = await manager.clients.list({ limit: 1 });
    const cursor = first.nextCursor ?? "";
    const pseudonym = first.items[0]?.pseudonym ?? "";
    expect(pseudonym).not.toBe("");
    expect(cursor).not.toContain(pseudonym);
    for (const encoding of ["base64url", "base64", "hex", "latin1"] as const)
      expect(Buffer.from(cursor.slice(2), encoding).toString("utf8")).not.toContain(pseudonym);
    const second = await manager.clients.list({ limit: 1, cursor });
    expect(second.items[0]?.pseudonym).not.toBe(pseudonym);
    // The old, readable form of the same cursor is refused.
    const readable = forged({ k: pseudonym, i: first.items[0]?.id });
    expect(await status("clients.list", { limit: 1, cursor: readable })).toBe(400);
    // Two cursors for the same row differ (a fresh IV each time): nothing to correlate in logs.
    expect((await manager.clients.list({ limit: 1 })).nextCursor).not.toBe(cursor);
  });
});
