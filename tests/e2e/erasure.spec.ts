// Erasure on request (issue 7), without JavaScript: a manager closes a case, is refused with a
// wrong typed confirmation (nothing erased), then erases it; the record shows "erased".
import { DEMO_PASSWORD } from "@gesim/api";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../support/app-server.ts";
import { launchBrowser, screenshot, seriousAxeViolations, signInOnPage } from "../support/browser.ts";

let app: AppServer;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signInAsManager(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ baseURL: app.baseUrl, javaScriptEnabled, locale: "en-GB" });
  const page = await context.newPage();
  await signInOnPage(page, "manager@demo.test", DEMO_PASSWORD);
  return page;
}

describe("erasing her record (no JavaScript)", () => {
  it("needs a closed case, a reason and her pseudonym typed out; then only statistics remain", async () => {
    const page = await signInAsManager(false);

    const link = page.locator("table.caseload tbody tr th a").first();
    const pseudonym = (await link.textContent()) ?? "";
    await link.click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(pseudonym);
    const clientPath = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Erase her record…" }).click();
    await expect.poll(() => page.locator(".notice").first().textContent()).toContain("Close it first");
    expect(await page.getByRole("button", { name: "Erase the record for good" }).count()).toBe(0);

    await page.goto(clientPath);
    await page.getByText("Close this case…").click();
    await page.getByRole("checkbox", { name: "Her choice" }).check();
    await page.getByRole("button", { name: "Close the case" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("The case is closed.");

    // axe needs scripts: check the confirm page in a second, scripted session.
    const scripted = await signInAsManager(true);
    await scripted.goto(`${clientPath}/erase`);
    await expect.poll(() => scripted.getByRole("heading", { level: 2, name: "Erase her record" }).count()).toBe(1);
    expect(await seriousAxeViolations(scripted)).toEqual([]);
    await scripted.context().close();

    await page.goto(`${clientPath}/erase`);
    await page.getByLabel("Why is the record erased?").selectOption("her-request");
    await page.getByLabel(/To confirm, type her pseudonym/).fill(`${pseudonym}x`);
    await page.getByRole("button", { name: "Erase the record for good" }).click();
    await expect
      .poll(() => page.locator("#confirmation-error").textContent())
      .toBe("The pseudonym you typed does not match. Nothing was erased.");
    expect(await page.getByLabel(/To confirm, type her pseudonym/).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(pseudonym);
    await screenshot(page, "client-erase-mismatch");

    await page.getByLabel(/To confirm, type her pseudonym/).fill(pseudonym);
    await page.getByRole("button", { name: "Erase the record for good" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("This record was erased on");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).not.toBe(pseudonym);
    expect(await page.getByRole("link", { name: "Erase her record…" }).count()).toBe(0);
    await screenshot(page, "client-erased");
    await page.goto(`${clientPath}/plan`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).count()).toBe(1);
    expect(await page.title()).not.toContain("Something went wrong");
    await page.context().close();
  });
});
