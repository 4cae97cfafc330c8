// Her situation used by the checks (issue 21): charges against her, proceedings and her
// compensation claim recorded at intake without JavaScript, the checks that follow them on her
// plan; her feedback and secondary-victimisation events recorded at a review, a mistake explained
// at its field with nothing lost. Then the pages at 320 px with no serious axe violation.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { signIn, useStage } from "../support/session.ts";

const stage = useStage();
let clientPath = "";

const profile = (page: Page) => page.locator("section[aria-labelledby=profile-heading]");

describe("her situation, used by the checks", () => {
  it("records charges, proceedings and her claim at intake without JavaScript, apart from her cooperation", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.goto("/clients/new");
    await page.getByLabel("Yes, she is an adult").check();
    await page.getByLabel("Pseudonym").fill("Sage Situation");
    await page.getByLabel("Charges against her").selectOption("pending");
    await page.getByLabel("Proceedings against the traffickers").selectOption("conviction");
    await page.getByLabel("Her compensation claim").selectOption("none");
    await page.getByRole("button", { name: "Record new client" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Sage Situation");
    clientPath = new URL(page.url()).pathname;
    const facts = await profile(page).innerText();
    expect(facts).toContain("Charges pending");
    expect(facts).toContain("Ended with a conviction");
    expect(facts).toContain("No claim");
    expect(facts).toContain("Not discussed yet");

    await page.goto(`${clientPath}/plan`);
    const text = await page.locator("main").innerText();
    expect(text).toContain("She faces charges.");
    expect(text).toContain("The traffickers were convicted.");
    await screenshot(page, "situation-plan-nojs");

    // Changed on her profile: the claim was awarded, the check follows up the payment.
    await page.goto(clientPath);
    await page.getByText("Edit her profile").click();
    await page.getByLabel("Her compensation claim").selectOption("awarded");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect.poll(() => profile(page).innerText()).toContain("Awarded, not yet paid");
    await page.goto(`${clientPath}/plan`);
    expect(await page.locator("main").innerText()).toContain("Compensation was awarded but has not been paid");
    await context.close();
  });

  it("records her feedback and harm done by authorities at a review; a wrong count is explained, nothing lost", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.goto(`${clientPath}/reviews`);
    await page.getByLabel("She felt heard").selectOption("4");
    await page.getByLabel("The plan fits her").selectOption("5");
    await page.getByLabel("Harm done by authorities or services since the last review").fill("51");
    await page.getByLabel("Summary", { exact: true }).fill("We talked about the court date.");
    await page.getByRole("button", { name: "Record review" }).click();
    await expect.poll(() => page.locator("#review-secondaryVictimisationEvents-error").count()).toBe(1);
    expect(await page.getByLabel("She felt heard").inputValue()).toBe("4");
    expect(await page.getByLabel("Summary", { exact: true }).inputValue()).toBe("We talked about the court date.");
    await page.getByLabel("Harm done by authorities or services since the last review").fill("1");
    await page.getByRole("button", { name: "Record review" }).click();
    await expect.poll(() => page.locator(".reviews-table").count()).toBe(1);
    const row = await page.locator(".reviews-table tbody tr").first().innerText();
    expect(row).toContain("4 / 5 / —");
    expect(row).toMatch(/\b1\b/);
    await context.close();
  });

  it("shows her situation facts, checks and review fields in German and Italian without untranslated keys", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test");
    await page.goto(clientPath);
    for (const locale of ["de", "it"] as const) {
      await page.locator("#language-select").selectOption(locale);
      await page.locator(".language-form button").click();
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(locale);
      for (const path of ["", "/plan", "/reviews"]) {
        await page.goto(`${clientPath}${path}`);
        await page.locator("main").waitFor();
        await page.locator("details").evaluateAll((all) => {
          for (const d of all) d.setAttribute("open", "");
        });
        expect(await page.locator("main").innerText(), `${locale}${path}`).not.toMatch(
          /\b(client|clients|check|action|planReview|planPage|plan)\.[a-zA-Z-]+/,
        );
      }
    }
    await page.goto(clientPath);
    expect(await profile(page).innerText()).toContain("Accuse pendenti");
    await context.close();
  });

  it.each([320, 390])("reflows at %i px with no serious axe violation (overview, plan, reviews)", async (width) => {
    const { context, page } = await signIn(stage, "caseworker@demo.test");
    await page.setViewportSize({ width, height: 700 });
    for (const path of [clientPath, `${clientPath}/plan`, `${clientPath}/reviews`]) {
      await page.goto(path);
      await page.locator("main").waitFor();
      if (path === clientPath) await page.getByText("Edit her profile").click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
      expect(await seriousAxeViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});
