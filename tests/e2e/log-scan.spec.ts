// No personal data in logs (issue 7): a short browser journey against the production server
// (sign in, open demo clients, add a note, reveal an identity, open the plan, a manager's
// subject-access page), then the server's whole output is scanned for every demo client's
// pseudonym, the demo identity names and the note texts. None may appear.
import { DEMO_NOTE_TEXTS, DEMO_PASSWORD } from "@gesim/api";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../support/app-server.ts";
import { launchBrowser, seriousAxeViolations, signInOnPage } from "../support/browser.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const NOTE = "Quokka-lantern 7731: she met the housing officer";
const JUSTIFICATION = "Marmalade-kite 4402 court letter needs her name";
const IDENTITY = "Fictional Person";

let app: AppServer;
let browser: Browser;
beforeAll(async () => {
  // A server of its own from an empty database: its log from the first start (migration, seed) is scanned too.
  [app, browser] = await Promise.all([startAppServer({}, { fromTemplate: false }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Every demo client's pseudonym, as the API lists them to the people who may see them. */
async function demoPseudonyms(): Promise<string[]> {
  const names: string[] = [];
  for (const email of ["manager@demo.test", "caseworker2@demo.test"]) {
    const api = await signInOverHttp(app.baseUrl, email, DEMO_PASSWORD);
    let cursor: string | null = null;
    do {
      const page: { items: { pseudonym: string }[]; nextCursor: string | null } = await api.query("clients.list", {
        limit: 100,
        ...(cursor ? { cursor } : {}),
      });
      names.push(...page.items.map((c) => c.pseudonym));
      cursor = page.nextCursor;
    } while (cursor);
  }
  return names;
}

describe("server logs after a browser journey", () => {
  it("holds no pseudonym, identity name or note text", async () => {
    const context = await browser.newContext({ baseURL: app.baseUrl, locale: "en-GB" });
    const page = await context.newPage();
    await signInOnPage(page, "caseworker@demo.test", DEMO_PASSWORD);
    const links = page.locator("table.caseload tbody tr th a");
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.goto("/");
      const link = links.nth(i);
      const pseudonym = (await link.textContent()) ?? "";
      await link.click();
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(pseudonym);
      ids.push(new URL(page.url()).pathname.split("/")[2] ?? "");
    }
    const [first] = ids;
    await page.goto(`/clients/${first}/notes`);
    await page.getByLabel("Note", { exact: true }).fill(NOTE);
    await page.getByRole("button", { name: "Save note" }).click();
    await expect.poll(() => page.locator(".notes-list").textContent()).toContain("Quokka-lantern");

    await page.goto(`/clients/${first}/identity`);
    await page.getByLabel("Reason").selectOption("official-documents");
    await page.getByLabel("Why do you need to see her identity now?").fill(JUSTIFICATION);
    await page.getByRole("button", { name: "Show identity details" }).click();
    await expect.poll(() => page.locator(".revealed").textContent()).toContain(IDENTITY);

    await page.goto(`/clients/${first}/plan`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).count()).toBe(1);
    await context.close();

    // A manager prints everything held about her (identity and notes decrypted on the page).
    const managerContext = await browser.newContext({ baseURL: app.baseUrl, locale: "en-GB" });
    const manager = await managerContext.newPage();
    await signInOnPage(manager, "manager@demo.test", DEMO_PASSWORD);
    await manager.goto(`/clients/${first}/subject-access?lang=de`);
    await expect
      .poll(() => manager.getByRole("heading", { level: 1, name: "Alles, was wir über Sie gespeichert haben" }).count())
      .toBe(1);
    expect(await manager.locator("article").textContent()).toContain("Quokka-lantern");
    expect(await seriousAxeViolations(manager)).toEqual([]);
    const file = await manager.request.get(`/clients/${first}/subject-access.json`);
    expect(file.headers()["cache-control"]).toContain("no-store");
    expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="subject-access-[0-9a-f]{12}\.json"$/);
    expect(((await file.json()) as { notes: { body: string }[] }).notes.map((n) => n.body)).toContain(NOTE);
    await managerContext.close();

    const pseudonyms = await demoPseudonyms();
    expect(pseudonyms.length).toBeGreaterThan(100);
    const output = app.output();
    expect(output).toContain('"statusCode":200'); // the log really holds the journey's requests
    const leaks = [...pseudonyms, IDENTITY, NOTE, "Quokka-lantern", JUSTIFICATION, ...DEMO_NOTE_TEXTS].filter(
      (secret) => output.includes(secret),
    );
    expect(leaks).toEqual([]);
  });
});
