// Issue 16: a caseworker's work with a woman entered through the intake form (nothing seeded
// about her): her agreement and the accommodation facts save on her new plan, with and
// without JavaScript; a suggested safety plan is recognised once in the plan (no duplicate,
// no second button) and P8 is met once the safety plan has a date; her status moves from
// intake to active; closing needs a manager's confirmation (the organisation's default).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../support/browser.ts";
import { openAddBox } from "../support/plan-page.ts";
import { signIn, useStage } from "../support/session.ts";

const stage = useStage();

async function intake(page: Page, pseudonym: string): Promise<string> {
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByLabel("Yes, she is an adult").check();
  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel("How she first came into contact").selectOption("street-unit");
  await page.getByLabel("Citizenship").selectOption("third-country");
  await page.getByLabel("Language 1", { exact: true }).selectOption({ label: "Romanian" });
  await page.getByRole("button", { name: "Record new client" }).click();
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(pseudonym);
  return new URL(page.url()).pathname;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function addLegalStepWithProvider(page: Page) {
  await openAddBox(page, "Add a step");
  const form = page.locator(".add-box form").last();
  await form.locator('select[name="choice"]').selectOption("legal:legal-needs-assessment");
  await form.locator('select[name="providerId"]').selectOption({ label: "Free Legal Aid Clinic (demo)" });
  await form.locator('input[name="dueDate"]').fill("2027-01-15");
  await form.getByRole("button", { name: "Add a step" }).click();
  await expect.poll(() => page.locator('li.plan-item[data-action="legal-needs-assessment"]').count()).toBe(1);
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
    // Her first day is inside the grace window (issue 21): the missing safety plan informs, with its suggestion.
    await expect.poll(() => rule(page, "safety-review-due").getAttribute("class")).toContain("severity-info");

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

  it("records her consent for the provider in place of a refused referral, then refers", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test");
    const clientPath = await intake(page, "Aspen Referral");
    await page.goto(`${clientPath}/plan`);
    await page.getByRole("button", { name: "Start her plan" }).click();
    await addLegalStepWithProvider(page);
    await page.getByRole("button", { name: /^Refer her to Free Legal Aid Clinic/ }).click();
    const inPlace = page.locator("form.consent-in-place");
    await expect.poll(() => inPlace.count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await inPlace.getByRole("button", { name: "Record her consent and refer" }).click();
    const stepId = await actionIdOf(page);
    await expect.poll(() => page.locator(`#agreed-${stepId}-error`).count()).toBe(1);
    await page
      .locator("form.consent-in-place")
      .getByLabel(/She agreed today that Free Legal Aid Clinic/)
      .check();
    await page.locator("form.consent-in-place").getByRole("button", { name: "Record her consent and refer" }).click();
    await expect.poll(() => page.locator(".referral-list .tag").first().textContent()).toBe("Sent");
    expect(await page.locator(".referral-list li").count()).toBe(1);
    await page.goto(clientPath);
    const consents = page.locator("section[aria-labelledby=consents-heading] tbody");
    await expect.poll(() => consents.textContent()).toContain("Free Legal Aid Clinic (demo)");
    expect(await consents.textContent()).not.toMatch(UUID);
    await context.close();
  });

  it("records a consent for a directory provider without JavaScript, and the referral goes through", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    const clientPath = await intake(page, "Birch Nojsconsent");
    await page.getByText("Record a consent she gave").click();
    await page.getByLabel("Purpose").selectOption("service-referral");
    await page.getByLabel("Provider from the directory").selectOption({ label: "Free Legal Aid Clinic (demo)" });
    await page.getByRole("button", { name: "Record consent" }).click();
    const consents = page.locator("section[aria-labelledby=consents-heading] tbody");
    await expect.poll(() => consents.textContent()).toContain("Free Legal Aid Clinic (demo)");
    expect(await consents.textContent()).not.toMatch(UUID);
    await page.goto(`${clientPath}/plan`);
    await page.getByRole("button", { name: "Start her plan" }).click();
    await addLegalStepWithProvider(page);
    await page.getByRole("button", { name: /^Refer her to Free Legal Aid Clinic/ }).click();
    await expect.poll(() => page.locator(".referral-list .tag").first().textContent()).toBe("Sent");
    await context.close();
  });

  it("tells a caseworker why she cannot open a colleague's woman, in words", async () => {
    const colleague = await signIn(stage, "caseworker-b@demo.test");
    const clientPath = await intake(colleague.page, "Hazel Colleague");
    await colleague.context.close();
    const { context, page } = await signIn(stage, "caseworker@demo.test");
    const response = await page.goto(clientPath);
    expect(response?.status()).toBe(403);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("You cannot open this");
    expect(await page.locator("main").textContent()).toContain("Ask her or your manager to share it with you.");
    expect(await page.locator("main").textContent()).not.toContain("Something went wrong");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});

async function actionIdOf(page: Page): Promise<string> {
  const id = await page.locator("form.consent-in-place input[name=actionId]").getAttribute("value");
  return id ?? "";
}
