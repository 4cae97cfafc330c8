// Issue 17: the administration's pages with the demo. The demo administrator sees the demo
// staff and the activity log; the pages work without JavaScript and reflow at 320 px; a
// manager sees the activity log but not the Staff page; a caseworker has no administration.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../support/browser.ts";
import { useStage } from "../support/session.ts";

const stage = useStage();

async function signedIn(email: string, javaScriptEnabled = true) {
  const context = await stage.browser.newContext({ baseURL: stage.app.baseUrl, javaScriptEnabled, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("gesim-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => new URL(page.url()).pathname).not.toBe("/login");
  return { context, page };
}

/** The page's width at 320 px, and (for the failure message) the elements that stick out. */
async function reflowsAt320(page: Page) {
  await page.setViewportSize({ width: 320, height: 800 });
  const { width, wide } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    wide: Array.from(document.querySelectorAll("body *"))
      .filter((el) => el.getBoundingClientRect().right > 321 && !el.closest(".table-scroll table"))
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  }));
  expect(width, wide.join(", ")).toBeLessThanOrEqual(320);
}

const status = async (page: Page, path: string) => (await page.goto(path))?.status();

describe("the administration with the demo", () => {
  it("shows the demo administrator her staff; her changes work without JavaScript", async () => {
    const { context, page } = await signedIn("admin@demo.test", false);
    await page.goto("/admin");
    expect(new URL(page.url()).pathname).toBe("/admin/staff");
    const rows = page.locator("table.staff-table tbody tr th");
    expect(await rows.allTextContents()).toEqual(
      expect.arrayContaining(["Demo Admin", "Demo Caseworker", "Demo Caseworker B", "Demo Funder", "Demo Manager"]),
    );
    // Her own row offers no change (no lock-out, no self-promotion).
    expect(
      await page
        .getByRole("row", { name: /Demo Admin/ })
        .getByRole("button")
        .count(),
    ).toBe(0);

    const row = page.getByRole("row", { name: /Demo Caseworker B/ });
    await row.getByRole("button", { name: "Deactivate Demo Caseworker B" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Access was removed");
    expect(await page.getByRole("row", { name: /Demo Caseworker B/ }).textContent()).toContain("Deactivated");
    await page
      .getByRole("row", { name: /Demo Caseworker B/ })
      .getByRole("button", { name: /Reactivate/ })
      .click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Access was given back");
    await context.close();
  });

  it("lists those changes in the activity log; both pages reflow at 320 px and pass axe", async () => {
    const { context, page } = await signedIn("admin@demo.test");
    await page.goto("/admin/staff");
    await reflowsAt320(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto("/admin/activity?area=staff");
    const log = await page.locator("table tbody").textContent();
    expect(log).toContain("Removed access");
    expect(log).toContain("Demo Caseworker B");
    await reflowsAt320(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it("invites an account another organisation uses; she accepts on My account and works in either", async () => {
    const admin = await signedIn("admin@demo.test");
    await admin.page.goto("/admin/staff");
    await admin.page.getByLabel("Name", { exact: true }).fill("Typed By Demo");
    await admin.page.locator("#new-email").fill("caseworker2@demo.test");
    await admin.page.getByRole("button", { name: "Add member of staff" }).click();
    await expect.poll(() => admin.page.getByRole("status").textContent()).toContain("It was invited");
    // The code the administrator hands her: without it nobody can accept, whoever holds the account.
    const code = (await admin.page.locator("code.invitation-code").textContent()) ?? "";
    expect(code).toMatch(/^[2-9a-z]{4}(-[2-9a-z]{4}){3}$/);
    // Nothing of her account: not her name, and she is no member yet.
    expect(await admin.page.locator("body").textContent()).not.toContain("Second NGO Caseworker");
    await expect
      .poll(() => admin.page.locator("section[aria-labelledby=invitations-title]").textContent())
      .toContain("caseworker2@demo.test");
    await admin.context.close();

    const her = await signedIn("caseworker2@demo.test");
    await her.page.goto("/account");
    const invitation = her.page.locator("section[aria-labelledby=invitations-title]");
    expect(await invitation.textContent()).toContain("Demo Women's Support NGO — as Caseworker");
    const codeField = invitation.getByLabel("Invitation code from Demo Women's Support NGO");
    await codeField.fill("aaaa-bbbb-cccc-dddd");
    await invitation.getByRole("button", { name: /^Accept/ }).click();
    await expect
      .poll(() => her.page.getByRole("status").first().textContent())
      .toContain("Nothing was accepted: the invitation code does not match");
    await codeField.fill(code.toUpperCase());
    await invitation.getByRole("button", { name: /^Accept/ }).click();
    await expect
      .poll(() => her.page.getByRole("status").first().textContent())
      .toContain("You accepted the invitation");
    expect(await seriousAxeViolations(her.page)).toEqual([]);
    await her.page.getByRole("button", { name: "Work in Demo Women's Support NGO" }).click();
    await expect.poll(() => her.page.locator(".signed-in").textContent()).toContain("Demo Women's Support NGO");
    await her.context.close();
  });

  it("gives a manager the activity log but not the Staff page, and a caseworker no administration", async () => {
    const manager = await signedIn("manager@demo.test");
    expect(await status(manager.page, "/admin/staff")).toBe(403);
    expect(await status(manager.page, "/admin/activity")).toBe(200);
    await manager.context.close();
    const caseworker = await signedIn("caseworker@demo.test");
    expect(await status(caseworker.page, "/admin")).toBe(403);
    expect(await status(caseworker.page, "/admin/activity")).toBe(403);
    expect(await caseworker.page.getByRole("link", { name: "Administration" }).count()).toBe(0);
    await caseworker.context.close();
  });
});
