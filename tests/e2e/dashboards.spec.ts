import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../support/app-server.ts";
import { launchBrowser, screenshot, seriousAxeViolations } from "../support/browser.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const PASSWORD = "gesim-demo-2026";
const SUPPRESSED = /^hidden for protection$/;
let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const h1 = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();

async function signedIn(
  email: string,
  landing: string,
  javaScriptEnabled = true,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: app.baseUrl,
    javaScriptEnabled,
    locale: "en-GB",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => h1(page)).toBe(landing);
  return { context, page };
}

/** A CSV download's first line, after checking that it is a CSV attachment that is never cached. */
async function csvHeader(page: Page, path: string): Promise<{ header: string; fileName: string; lines: string[] }> {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("text/csv; charset=utf-8");
  expect(headers["cache-control"]).toContain("no-store");
  const fileName = /^attachment; filename="([a-z0-9._-]+)"$/.exec(headers["content-disposition"] ?? "")?.[1] ?? "";
  expect(fileName).toMatch(/\.csv$/);
  const lines = (await response.text()).split("\r\n").filter((line) => line !== "");
  return { header: lines[0] ?? "", fileName, lines };
}

describe("manager dashboard", () => {
  it("shows the scorecard by principle, drills into a gap and opens a client from it", async () => {
    const { context, page } = await signedIn("manager@demo.test", "Caseload");
    await page.getByRole("link", { name: "Dashboard" }).click();
    await expect.poll(() => h1(page)).toBe("Programme dashboard");
    const rows = page.locator("table.scorecard tbody tr");
    expect(await rows.count()).toBe(11);
    expect(await rows.first().locator("th").textContent()).toBe("P1 Access to and duration of assistance");
    expect(await page.locator("svg.chart").count()).toBeGreaterThan(3);
    expect(await page.locator("#scorecard-chart-caption").textContent()).toContain("meet, partly meet or miss");
    await screenshot(page, "dashboard-manager");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The first principle with a gap behind it: its link names how many clients.
    const gapLink = page.getByRole("link", { name: /^Gap: [1-9]\d* clients$/ }).first();
    const count = Number(/\d+/.exec((await gapLink.textContent()) ?? "")?.[0]);
    await gapLink.click();
    await expect.poll(() => h1(page)).toMatch(/^P\d+ .+: Gap$/);
    expect(page.url()).toMatch(/\/dashboard\/principles\/principle-\d{2}\?status=gap/);
    const clients = page.locator("table.gap-list tbody tr th a");
    expect(await clients.count()).toBe(Math.min(count, 50));
    expect(await page.locator("table.gap-list caption").textContent()).toBe(`Clients (${count})`);
    await screenshot(page, "dashboard-principle-gap");
    expect(await seriousAxeViolations(page)).toEqual([]);
    const gapCsv = await csvHeader(
      page,
      `/dashboard/export/principle-gap.csv?${new URL(page.url()).searchParams}&principle=${/principle-\d{2}/.exec(page.url())?.[0]}`,
    );
    expect(gapCsv.header).toBe("Pseudonym,Caseworker");
    expect(gapCsv.lines).toHaveLength(count + 1);
    const pseudonym = (await clients.first().textContent()) ?? "";
    expect(gapCsv.fileName).not.toContain(pseudonym.toLowerCase());
    await clients.first().click();
    await expect.poll(() => h1(page)).toBe(pseudonym);
    await context.close();
  });

  it("shows twelve months of trend on the demo data, each month labelled, with or without JavaScript and at 320 px", async () => {
    const { context, page } = await signedIn("manager@demo.test", "Caseload");
    await page.goto("/dashboard");
    await expect.poll(() => h1(page)).toBe("Programme dashboard");
    // Every figure says its period: the scorecard is today's, the indicators their quarter.
    expect(await page.locator("table.scorecard caption").textContent()).toMatch(
      /^Principle scorecard today, \w+ \d{1,2}, \d{4}$/,
    );
    expect(await page.locator("#indicators-heading").textContent()).toMatch(/^Indicators for Q[1-4] \d{4} \(/);
    const section = page.getByRole("region", { name: "The last twelve months" });
    const rows = section.locator("table.monthly-trend tbody tr");
    expect(await rows.count()).toBe(12);
    // The server's snapshot job, run soon after start, back-fills eleven months from the record,
    // one month at a time: wait until it has done all eleven.
    const recordedCells = () => rows.evaluateAll((all) => all.map((row) => row.querySelector("td")?.textContent ?? ""));
    await expect
      .poll(
        async () => {
          await page.reload();
          return (await recordedCells()).filter((cell) => /^rebuilt from the record as of /.test(cell)).length;
        },
        { timeout: 180_000, interval: 2_000 },
      )
      .toBe(11);
    // The month under way is live.
    const recorded = await recordedCells();
    expect(recorded.at(-1)).toMatch(/^as of /);
    const women = section.locator("li[data-figure='women'] .sparkline-text");
    expect(await women.textContent()).toMatch(/; 12 of 12 months recorded$/);
    expect(await section.locator("li[data-figure='women'] svg.sparkline polyline").count()).toBe(1);
    // Goal attainment is not dated for past months: it says so instead of a number.
    expect(await section.locator("li[data-figure='gas-median'] .sparkline-text").textContent()).toMatch(
      /; 1 of 12 months recorded$/,
    );
    expect(
      await rows
        .first()
        .locator("td", { hasText: /^not recorded$/ })
        .count(),
    ).toBeGreaterThan(0);
    expect(await page.getByText("No earlier month yet").count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const csv = await csvHeader(page, "/dashboard/export/trend.csv");
    expect(csv.lines).toHaveLength(13);
    expect(csv.header).toContain("Women supported");

    await page.setViewportSize({ width: 320, height: 800 });
    await screenshot(page, "dashboard-trend-320");
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll("main *"))
        .filter(
          (e) => !e.closest(".table-scroll") && !e.closest(".chart-scroll") && e.getBoundingClientRect().right > 321,
        )
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
        .slice(0, 5),
    );
    expect(overflowing).toEqual([]);
    await context.close();

    const noJs = await signedIn("manager@demo.test", "Caseload", false);
    await noJs.page.goto("/dashboard");
    const plain = noJs.page.locator("table.monthly-trend tbody tr");
    expect(await plain.count()).toBe(12);
    expect(await noJs.page.locator("li[data-figure='women'] .sparkline-text").textContent()).toMatch(/12 of 12 months/);
    await noJs.context.close();
  }, 300_000);

  it("exports every table as CSV with a header row and no personal data in the file name", async () => {
    const { context, page } = await signedIn("manager@demo.test", "Caseload");
    await page.goto("/dashboard");
    const links = await page
      .locator("a[href^='/dashboard/export/']")
      .evaluateAll((all) => all.map((a) => a.getAttribute("href") ?? ""));
    expect(links.map((href) => href.split("?")[0])).toEqual(
      expect.arrayContaining([
        "/dashboard/export/scorecard.csv",
        "/dashboard/export/summary.csv",
        "/dashboard/export/caseload.csv",
        "/dashboard/export/closure-reasons.csv",
      ]),
    );
    for (const href of links) expect((await csvHeader(page, href)).lines.length).toBeGreaterThan(1);
    const scorecard = await csvHeader(page, "/dashboard/export/scorecard.csv");
    expect(scorecard.header).toBe(
      "Principle,Met (clients),Partly met (clients),Gap (clients),Not applicable (clients),Met (%),Partly met (%),Gap (%),Not applicable (%)",
    );
    expect(scorecard.lines).toHaveLength(12);
    const caseload = await csvHeader(page, "/dashboard/export/caseload.csv?period=2026");
    expect(caseload.header).toBe("Item,Women");
    expect(caseload.fileName).toBe("gesim-caseload-2026-01-01_2026-12-31.csv");
    expect((await page.request.get("/dashboard/export/nothing.csv")).status()).toBe(404);
    await context.close();
  });

  it("filters with a plain GET form without JavaScript, and keeps a wrong custom range with a message", async () => {
    const { context, page } = await signedIn("manager@demo.test", "Caseload", false);
    await page.goto("/dashboard");
    await page.getByLabel("Children").selectOption("yes");
    await page.getByLabel("Custom range from").fill("2026-06-30");
    await page.getByLabel("to", { exact: true }).fill("2026-01-01");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => page.url()).toContain("children=yes");
    expect(await page.getByRole("alert").textContent()).toContain("The custom range needs two valid dates");
    expect(await page.getByLabel("Custom range from").inputValue()).toBe("2026-06-30");
    expect(await page.getByLabel("Children").inputValue()).toBe("yes");
    await page.getByLabel("to", { exact: true }).fill("2026-09-30");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect
      .poll(() => page.getByRole("heading", { level: 2, name: /^Indicators for/ }).textContent())
      .toMatch(/^Indicators for Jun 30\s–\sSep 30, 2026$/);
    expect(await page.getByRole("alert").count()).toBe(0);
    await screenshot(page, "dashboard-filtered-nojs");
    await context.close();
  });

  it("prints a programme report for the period", async () => {
    const { context, page } = await signedIn("manager@demo.test", "Caseload");
    await page.goto("/dashboard?period=2026");
    // The report computes the scorecard and every indicator: on a busy machine that takes a while.
    // Follow the link as a full page load with a generous timeout, rather than racing a client-side navigation.
    const href = await page
      .getByRole("link", { name: "Printable programme report for this period" })
      .getAttribute("href");
    expect(href).toBe("/dashboard/report?period=2026");
    await page.goto(href ?? "", { timeout: 120_000 });
    await expect.poll(() => h1(page)).toBe("Programme report");
    expect(await page.locator(".report-meta").textContent()).toMatch(/Jan 1\s–\sDec 31, 2026/);
    expect(await page.getByText("Save as PDF").count()).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    await screenshot(page, "dashboard-report-print");
    await page.emulateMedia({ media: "screen" });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);
});

describe("in every staff language", () => {
  const UNTRANSLATED =
    /\b(dashboard|funder|planCheck|client|disclosure|funding|indicators)\.[a-zA-Z0-9-]+\.?[a-zA-Z0-9-]*\b/;

  it.each([
    [
      "manager@demo.test",
      "Caseload",
      "de",
      ["/dashboard", "/dashboard/principles/principle-01?status=partly", "/dashboard/report"],
    ],
    ["funder@demo.test", "Anonymised indicators", "it", ["/indicators", "/indicators?by=legalStatus&by2=hasChildren"]],
    ["manager@demo.test", "Caseload", "el", ["/dashboard", "/dashboard/report"]],
    ["funder@demo.test", "Anonymised indicators", "el", ["/indicators?by=legalStatus&by2=hasChildren"]],
    [
      "manager@demo.test",
      "Caseload",
      "es",
      ["/dashboard", "/dashboard/principles/principle-01?status=partly", "/dashboard/report"],
    ],
    ["funder@demo.test", "Anonymised indicators", "es", ["/indicators", "/indicators?by=legalStatus&by2=hasChildren"]],
    [
      "manager@demo.test",
      "Caseload",
      "fr",
      ["/dashboard", "/dashboard/principles/principle-01?status=partly", "/dashboard/report"],
    ],
    ["funder@demo.test", "Anonymised indicators", "fr", ["/indicators", "/indicators?by=legalStatus&by2=hasChildren"]],
    [
      "manager@demo.test",
      "Caseload",
      "ro",
      ["/dashboard", "/dashboard/principles/principle-01?status=partly", "/dashboard/report"],
    ],
    ["funder@demo.test", "Anonymised indicators", "ro", ["/indicators", "/indicators?by=legalStatus&by2=hasChildren"]],
    ["manager@demo.test", "Caseload", "bg", ["/dashboard", "/dashboard/report"]],
    ["funder@demo.test", "Anonymised indicators", "bg", ["/indicators?by=legalStatus&by2=hasChildren"]],
  ])("shows %s's pages without untranslated keys", async (email, landing, locale, paths) => {
    const { context, page } = await signedIn(email, landing);
    await page.locator("#language-select").selectOption(locale);
    await page.locator(".language-form button").click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(locale);
    for (const path of paths) {
      await page.goto(path);
      await page.locator("details").evaluateAll((all) => {
        for (const d of all) d.setAttribute("open", "");
      });
      expect(await page.locator("main").innerText(), path).not.toMatch(UNTRANSLATED);
    }
    await screenshot(page, `dashboards-${locale}`);
    await context.close();
  });
});

describe("funder indicators", () => {
  it("lands on the indicators, shows real numbers for large groups and marks suppressed cells", async () => {
    const { context, page } = await signedIn("funder@demo.test", "Anonymised indicators");
    expect(new URL(page.url()).pathname).toBe("/indicators");
    expect(await page.getByRole("navigation").getByRole("link").allTextContents()).toEqual([
      "Indicators",
      "My account",
    ]);
    const results = await page.locator("table.indicators-table tbody td").allTextContents();
    expect(results.some((text) => /^\d+ ?%$|^\d+(\.\d)? (days|months|points)$|^\d+$/.test(text.trim()))).toBe(true);
    const suppressed = page.locator("a.suppressed");
    expect(await suppressed.count()).toBeGreaterThan(0);
    expect(((await suppressed.first().textContent()) ?? "").trim()).toMatch(SUPPRESSED);
    expect(await page.locator("#methodology").textContent()).toContain("It is not zero: it is withheld.");
    await screenshot(page, "funder-indicators");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel("Breakdown by").selectOption("ageBand");
    await page.getByLabel("and by").selectOption("citizenshipGroup");
    await page.getByRole("button", { name: "Show" }).click();
    await expect
      .poll(() => page.locator("caption", { hasText: "Women by Age band × Citizenship group" }).count())
      .toBe(1);
    const cells = await page.locator("caption:has-text('Women by') >> xpath=.. >> tbody td").allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.trim()).toMatch(/^(\d+|hidden for protection)$/);
    await screenshot(page, "funder-indicators-breakdown");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel("and by").selectOption("ageBand");
    await page.getByRole("button", { name: "Show" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Each characteristic can be used only once");
    expect(await page.getByLabel("and by").inputValue()).toBe("ageBand");
    await context.close();
  });

  it("downloads the protected figures as CSV, JSON and HTCDS", async () => {
    const { context, page } = await signedIn("funder@demo.test", "Anonymised indicators");
    const quarter = await page.getByLabel("Quarter", { exact: true }).inputValue();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Spreadsheet (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`funder-report-${quarter.toLowerCase()}.csv`);
    const post = (format: string) => page.request.post("/indicators/export", { form: { quarter, format } });
    const csv = await post("csv");
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["cache-control"]).toContain("no-store");
    expect(csv.headers()["content-disposition"]).toBe(
      `attachment; filename="funder-report-${quarter.toLowerCase()}.csv"`,
    );
    const lines = (await csv.text()).split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(10);
    expect((await csv.text()).toLowerCase()).toContain("suppressed");
    const json = await post("json");
    expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const body = (await json.json()) as {
      report: { period: string; methodology: { k: number } };
      methodology: { k: number };
    };
    expect(body.report.period).toBe(quarter);
    expect(body.methodology.k).toBeGreaterThanOrEqual(5);
    expect((await post("htcds")).status()).toBe(200);
    expect((await page.request.get("/indicators/export")).status()).toBe(405);
    await context.close();
  });

  it("under differential privacy, viewing spends nothing and she releases a breakdown on purpose (no JavaScript)", async () => {
    const admin = await signInOverHttp(app.baseUrl, "admin@demo.test", PASSWORD);
    const setEpsilon = async (epsilonPerPeriod: number | null) => {
      const links = await admin.query<{ relationshipId: string; version: number }[]>("admin.funding.list", undefined);
      const link = links[0];
      if (!link) throw new Error("no funding relationship");
      await admin.mutation("admin.funding.setEpsilon", {
        relationshipId: link.relationshipId,
        version: link.version,
        epsilonPerPeriod,
      });
    };
    await setEpsilon(1);
    const offerOn = (page: Page) => page.getByRole("region", { name: "These figures are not released yet" });
    // axe needs JavaScript in the page; viewing spends nothing, so this look costs no budget.
    const withJs = await signedIn("funder@demo.test", "Anonymised indicators");
    await withJs.page.goto("/indicators?by=hasChildren");
    await expect.poll(() => offerOn(withJs.page).count()).toBe(1);
    expect(await seriousAxeViolations(withJs.page)).toEqual([]);
    await withJs.context.close();

    const { context, page } = await signedIn("funder@demo.test", "Anonymised indicators", false);
    await page.getByLabel("Breakdown by").selectOption("hasChildren");
    await page.getByRole("button", { name: "Show" }).click();
    const offer = offerOn(page);
    await expect.poll(() => offer.count()).toBe(1);
    expect(await offer.textContent()).toMatch(/spends ε 0\.25 of the ε 1 left for this quarter/);
    await offer.getByRole("button", { name: "Release these figures" }).click();
    await expect.poll(() => page.locator("caption", { hasText: "Women by Has children" }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("by")).toBe("hasChildren");
    expect(await offer.count()).toBe(0);
    expect(await page.locator("#methodology").textContent()).toContain("ε 0.75 of 1");
    await context.close();
    await setEpsilon(null);
  });

  it("refuses a funder every client page and the manager dashboard", async () => {
    const { context, page } = await signedIn("funder@demo.test", "Anonymised indicators");
    for (const path of [
      "/clients/new",
      "/clients/00000000-0000-4000-8000-000000000000",
      "/dashboard",
      "/dashboard/export/caseload.csv",
      "/dashboard/principles/principle-01",
    ]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(403);
    }
    await page.goto("/");
    await expect.poll(() => new URL(page.url()).pathname).toBe("/indicators");
    await context.close();
  });
});
