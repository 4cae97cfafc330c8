// Issue 14 item 5 over HTTP against the production server: the funder's page never spends
// privacy budget on a GET, whatever breakdown she asks for; "Release these figures" (a POST)
// spends it once, then sends her back to the same choice. PGlite by default, PostgreSQL when
// DATABASE_URL is set.
import { DEMO_PASSWORD } from "@gesim/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../support/app-server.ts";
import { type TrpcHttp, trpcHttp } from "../support/trpc-http.ts";

/** The demo funding relationship (packages/api/src/demo/seed-funding.ts). */
const DEMO_RELATIONSHIP_ID = "6a7d0c2e-5b1f-4e8a-9c3d-2f1e0b9a8c71";

let server: AppServer;
let funderToken = "";
let funderApi: TrpcHttp;

type Ledger = { relationships: { periods: { period: string; spent: number; releases: number }[] }[] };

async function signIn(email: string): Promise<string> {
  const login = await trpcHttp(server.baseUrl).mutation<{ sessionToken: string }>("auth.login", {
    email,
    password: DEMO_PASSWORD,
  });
  return login.sessionToken;
}

/** A query without input, by GET (what the funder's page and a script may send). */
async function noInput<T>(token: string, path: string): Promise<T> {
  const response = await fetch(`${server.baseUrl}/api/trpc/${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status, path).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

beforeAll(async () => {
  // Many page views in a minute here: the per-account limit on indicator calls is not under test.
  server = await startAppServer({ GESIM_RETENTION_INTERVAL_HOURS: "0", GESIM_EXPENSIVE_LIMIT_PER_MINUTE: "1000" });
  const adminToken = await signIn("admin@demo.test");
  const admin = trpcHttp(server.baseUrl, adminToken);
  const links = await noInput<{ relationshipId: string; version: number }[]>(adminToken, "admin.funding.list");
  const link = links.find((l) => l.relationshipId === DEMO_RELATIONSHIP_ID);
  await admin.mutation("admin.funding.setEpsilon", {
    relationshipId: DEMO_RELATIONSHIP_ID,
    epsilonPerPeriod: 1,
    version: link?.version ?? 1,
  });
  funderToken = await signIn("funder@demo.test");
  funderApi = trpcHttp(server.baseUrl, funderToken);
});
afterAll(() => server?.stop());

const cookie = () => ({ cookie: `gesim_session=${funderToken}` });
const own = () => ({ origin: server.baseUrl, "sec-fetch-site": "same-origin" });

async function spends(): Promise<{ spent: number; releases: number }[]> {
  const ledger = await noInput<Ledger>(funderToken, "indicators.budget");
  return ledger.relationships.flatMap((r) => r.periods.map(({ spent, releases }) => ({ spent, releases })));
}

describe("the funder's page under differential privacy", () => {
  it("GET with a new breakdown shows what releasing costs and spends nothing; the POST spends once", async () => {
    expect(await spends()).toEqual([]);
    for (const path of [
      "/indicators?by=ageBand",
      "/indicators.data?by=ageBand",
      "/indicators",
      "/indicators?by=country",
    ]) {
      const response = await fetch(`${server.baseUrl}${path}`, { headers: { ...cookie(), "sec-fetch-site": "none" } });
      expect(response.status, path).toBe(200);
      if (!path.includes(".data")) {
        const html = await response.text();
        expect(html).toContain("These figures are not released yet");
        expect(html).toContain("Release these figures");
      }
    }
    expect(await spends()).toEqual([]);

    const page = await fetch(`${server.baseUrl}/indicators?by=ageBand`, {
      headers: { ...cookie(), "sec-fetch-site": "none" },
    });
    const quarter = /name="quarter" value="(\d{4}-Q[1-4])"/.exec(await page.text())?.[1] ?? "";
    expect(quarter).toMatch(/^\d{4}-Q[1-4]$/);
    const release = () =>
      fetch(`${server.baseUrl}/indicators`, {
        method: "POST",
        redirect: "manual",
        headers: { ...cookie(), ...own(), "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ quarter, by: "ageBand" }).toString(),
      });
    const released = await release();
    expect(released.status).toBe(302);
    expect(released.headers.get("location")).toBe(`/indicators?quarter=${quarter}&by=ageBand`);
    expect(await spends()).toEqual([{ spent: 0.25, releases: 1 }]);

    // Back on the page (GET): the released figures, no offer to release, nothing spent.
    const after = await fetch(`${server.baseUrl}/indicators?quarter=${quarter}&by=ageBand`, {
      headers: { ...cookie(), "sec-fetch-site": "none" },
    });
    const html = await after.text();
    expect(html).toContain("Women by Age band");
    expect(html).not.toContain("Release these figures");
    // A second POST of the same choice (a double click, a resent form) finds the release made.
    expect((await release()).status).toBe(302);
    expect(await spends()).toEqual([{ spent: 0.25, releases: 1 }]);
  });

  it("a release the budget cannot pay for comes back as a message, not an error page, and spends nothing", async () => {
    // The oldest quarter the page offers: its budget is spent here first (0.9 of 1).
    const offered = await fetch(`${server.baseUrl}/indicators`, { headers: { ...cookie(), "sec-fetch-site": "none" } });
    const quarters = [...(await offered.text()).matchAll(/<option value="(\d{4}-Q[1-4])"/g)].map((m) => m[1]);
    const quarter = quarters[quarters.length - 1] ?? "";
    expect(quarters.length).toBe(8);
    await funderApi.mutation("indicators.funder", { quarter, epsilon: 0.9 });
    const before = await spends();
    const refused = await fetch(`${server.baseUrl}/indicators`, {
      method: "POST",
      redirect: "manual",
      headers: { ...cookie(), ...own(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ quarter, by: "legalStatus" }).toString(),
    });
    expect(refused.status).toBe(302);
    const location = refused.headers.get("location") ?? "";
    expect(location).toContain("releaseError=funding.error.budgetExhausted");
    const page = await fetch(`${server.baseUrl}${location}`, { headers: { ...cookie(), "sec-fetch-site": "none" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("The privacy budget of this funding relationship for this period is used up.");
    expect(html).toContain("is not enough for a new release");
    expect(await spends()).toEqual(before);
  });

  it("refuses the release from another site", async () => {
    const before = await spends();
    const response = await fetch(`${server.baseUrl}/indicators`, {
      method: "POST",
      redirect: "manual",
      headers: {
        ...cookie(),
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ by: "citizenshipGroup" }).toString(),
    });
    expect(response.status).toBe(403);
    expect(await spends()).toEqual(before);
  });
});
