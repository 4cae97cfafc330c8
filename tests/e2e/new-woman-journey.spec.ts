// Issue 16: a caseworker's work with a woman entered through the intake form (nothing seeded
// about her): her agreement and the accommodation facts save on her new plan, with and
// without JavaScript; a suggested safety plan is recognised once in the plan (no duplicate,
// no second button) and P8 is met once the safety plan has a date; her status moves from
// intake to active; closing needs a manager's confirmation (the organisation's default).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../support/browser.ts";
import { signIn, useStage } from "../support/session.ts";

const stage = useStage();

async function intake(page: Page, pseudonym: string): Promise<string> {
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByLabel("Yes, she is an adult").check();
  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel("How she first came into contact").selectOption("street-unit");
  await page.getByLabel("Citizenship").selectOption("third-country");
  await page.getByLabel("Languages").fill("ro");
  await page.getByRole("button", { name: "Record new client" }).click();
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(pseudonym);
  return new URL(page.url()).pathname;
}

const rule = (page: Page, id: string) => page.locator(`li[data-rule="${id}"]`);

async function saveAgreement(page: Page) {
  const facts = page.locator("section[aria-labelledby=facts-title]");
  const details = facts.locator("details");
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  await facts.getByLabel("She agreed to this plan").check();
  await facts.getByLabel("Date she agreed").fill("2026-11-20");
  await facts.getByLabel("Her accommodation is single-sex").selectOption("no");
  await facts.getByLabel("She rates her accommodation safe").selectOption("yes");
  await facts.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => facts.locator("dl").textContent()).toContain("Yes, on");
  expect(await page.locator(".error-summary, .plan-notice.conflict").count()).toBe(0);
  expect(await facts.locator("dl").textContent()).not.toContain("Not housed by the programme");
}

describe("a new woman's plan, from the intake form", () => {
  it("saves her agreement and accommodation, recognises the safety plan once, and moves her status", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test");
    const clientPath = await intake(page, "Linden Newplan");
    await page.goto(`${clientPath}/plan`);
    await page.getByRole("button", { name: "Start her plan" }).click();
    await expect.poll(() => rule(page, "safety-review-due").getAttribute("class")).toContain("severity-gap");

    await saveAgreement(page);

    const suggestion = rule(page, "safety-review-due").getByRole("button", { name: /Add to plan: Safety plan/ });
    await suggestion.click();
    await expect.poll(() => rule(page, "safety-review-due").textContent()).toContain("is in her plan");
    expect(await rule(page, "safety-review-due").getByRole("button").count()).toBe(0);
    expect(await page.getByRole("button", { name: /Add to plan: Safety plan/ }).count()).toBe(0);
    expect(await page.locator('li.plan-item[data-action="safety-plan"]').count()).toBe(1);

    const facts = page.locator("section[aria-labelledby=facts-title]");
    const details = facts.locator("details");
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    await facts.getByLabel("Safety plan made or reviewed with her on").fill("2026-11-21");
    await facts.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => rule(page, "safety-review-due").getAttribute("class")).toContain("severity-met");
    expect(await page.locator('li.plan-item[data-action="safety-plan"]').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(clientPath);
    await expect.poll(() => page.locator(".client-meta .status-pill").textContent()).toBe("Intake");
    await page.getByLabel("Move her case to").selectOption("active");
    await page.getByRole("button", { name: "Change status" }).click();
    await expect.poll(() => page.locator(".client-meta .status-pill").textContent()).toBe("Active");
    expect(await page.getByLabel("Move her case to").locator("option").allTextContents()).toEqual(["Paused"]);
    expect(await page.getByText("needs a manager's confirmation", { exact: false }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Close the case" }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it("saves her agreement without JavaScript", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    const clientPath = await intake(page, "Rowan Nojsplan");
    await page.goto(`${clientPath}/plan`);
    await page.getByRole("button", { name: "Start her plan" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Submit for approval" }).count()).toBe(1);
    await saveAgreement(page);
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await expect.poll(() => page.locator(".workflow .tag").textContent()).toBe("Submitted");
    expect(await rule(page, "plan-agreed-by-her").getAttribute("class")).toContain("severity-met");
    await context.close();
  });
});
