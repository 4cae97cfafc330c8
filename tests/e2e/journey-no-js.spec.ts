// The whole caseworker journey once with JavaScript switched off (issue 5, quality): intake
// with consent → needs and risk assessment → plan with housing, childcare, training, therapy
// and a language course (the childcare gap of a mother closes) → submit → the manager
// approves → a review with ladder readings → her plan printed in German, and as a PDF.
import type { Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { screenshot } from "../support/browser.ts";
import { openAddBox, p3 } from "../support/plan-page.ts";
import { signIn, useStage } from "../support/session.ts";

let clientPath = "";

const stage = useStage();

async function addStep(page: Page, choice: string, dueDate: string) {
  const box = await openAddBox(page, "Add a step");
  const form = box.locator("form");
  await form.locator('select[name="choice"]').selectOption(choice);
  await form.locator('input[name="dueDate"]').fill(dueDate);
  await form.getByRole("button", { name: "Add a step" }).click();
  await expect
    .poll(() => page.locator(`li.plan-item[data-action="${choice.split(":")[1]}"]`).count())
    .toBeGreaterThan(0);
}

describe("the caseworker journey without JavaScript", () => {
  it("records a mother with her consent, and her needs and risks", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.getByRole("link", { name: "New client" }).click();
    await page.getByLabel("Yes, she is an adult").check();
    await page.getByLabel("Pseudonym").fill("Juniper Nojs");
    await page.getByLabel("How she first came into contact").selectOption("street-unit");
    await page.getByLabel("Citizenship").selectOption("third-country");
    await page.getByLabel("Language 1", { exact: true }).selectOption({ label: "German" });
    await page.getByLabel("Language 2", { exact: true }).selectOption({ label: "English" });
    await page.getByLabel("Number of children").fill("1");
    await page.getByLabel("Sharing her data with a named recipient", { exact: true }).check();
    await page.getByLabel("Recipient for: Sharing her data with a named recipient").fill("Legal aid office");
    await page.getByRole("button", { name: "Record new client" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Juniper Nojs");
    clientPath = new URL(page.url()).pathname;
    expect(await page.locator("section[aria-labelledby=consents-heading]").textContent()).toContain("Legal aid office");
    await screenshot(page, "nojs-01-intake");

    await page.goto(`${clientPath}/assessments`);
    await page.getByText("Record a new needs assessment").click();
    await page
      .getByRole("table", { name: "Needs assessment" })
      .getByLabel("Safe accommodation", { exact: true })
      .selectOption("urgent");
    await page.getByRole("button", { name: "Save needs assessment" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("Needs assessment saved as a new version.");
    await page.getByText("Record a new risk assessment").click();
    await page.getByLabel("Others claim a debt from her", { exact: false }).selectOption("yes");
    await page.getByRole("button", { name: "Save risk assessment" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("Risk assessment saved as a new version.");
    expect(await page.locator("section[aria-labelledby=risk-result-heading]").textContent()).toContain(
      "Others claim a debt from her",
    );
    await screenshot(page, "nojs-02-assessments");
    await context.close();
  });

  it("builds her plan: the childcare gap closes, five kinds of step, then submits it", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.goto(`${clientPath}/plan`);
    await page.getByRole("button", { name: "Start her plan" }).click();
    await expect
      .poll(() => p3(page).locator('li[data-rule="mother-without-childcare"]').getAttribute("class"))
      // Her first days are inside the grace window (issue 21): the finding informs, with its suggestion.
      .toContain("severity-info");
    await screenshot(page, "nojs-03-plan-gap");
    await p3(page)
      .locator('li[data-rule="mother-without-childcare"]')
      .getByRole("button", { name: /Childcare place/ })
      .click();
    await expect
      .poll(() => p3(page).locator('li[data-rule="mother-without-childcare"]').getAttribute("class"))
      .toContain("severity-met");
    const goals = await openAddBox(page, "Add a goal");
    await goals.locator("#goal-new-text").fill("A safe home for me and my child");
    await goals.locator("#goal-new-domain").selectOption("accommodation");
    await goals.getByRole("button", { name: "Add a goal" }).click();
    await expect.poll(() => page.locator(".goal-text", { hasText: "A safe home for me and my child" }).count()).toBe(1);
    for (const [choice, due] of [
      ["accommodation:single-sex-shelter-place", "2027-01-15"],
      ["training:vocational-training", "2027-03-01"],
      ["therapy:trauma-therapy", "2027-02-01"],
      ["language:language-course", "2027-02-15"],
    ] as const) {
      await addStep(page, choice, due);
    }
    expect(await page.locator('li.plan-item[data-action="childcare-place"]').count()).toBeGreaterThan(0);
    await screenshot(page, "nojs-04-plan-steps");
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await expect.poll(() => page.locator(".workflow .tag").textContent()).toBe("Submitted");
    await context.close();
  });

  it("lets the manager approve, and records a review with ladder readings", async () => {
    const manager = await signIn(stage, "manager@demo.test", false);
    await manager.page.goto(`${clientPath}/plan`);
    // Approving a plan with open gaps asks the manager to confirm them (issue 16).
    const confirmGaps = manager.page.getByLabel(/approve this plan with these open gaps/);
    if ((await confirmGaps.count()) > 0) await confirmGaps.check();
    await manager.page.getByRole("button", { name: "Approve plan" }).click();
    await expect.poll(() => manager.page.locator(".workflow .tag").textContent()).toBe("Approved");
    await screenshot(manager.page, "nojs-05-approved");
    await manager.context.close();

    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.goto(`${clientPath}/reviews`);
    await page.getByLabel("Yes", { exact: true }).check();
    await page.getByLabel("Summary").fill("She has a place in the shelter and starts the course.");
    await page.getByLabel("Next review").fill("2027-03-01");
    await page.locator("#review-ladder-accommodation").fill("6");
    await page.locator("#review-ladder-language").fill("4");
    await page.getByRole("button", { name: "Record review" }).click();
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe("The review was recorded.");
    expect(new URL(page.url()).search).toBe("");
    await screenshot(page, "nojs-06-review");
    await context.close();
  });

  it("prints her plan in German and gives it as a PDF", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.goto(`${clientPath}/plan/print?lang=de`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Mein Plan");
    const text = (await page.locator(".printable-plan").textContent()) ?? "";
    expect(text).toContain("A safe home for me and my child");
    for (const internal of ["Risiko", "Schulden", "Lücke", "Prinzip"]) expect(text).not.toContain(internal);
    expect(await page.getByText("Use your browser's Print command", { exact: false }).count()).toBe(1);
    await screenshot(page, "nojs-07-print-de");
    const pdf = await (await context.request.get(`${clientPath}/plan/print.pdf?lang=de`)).body();
    const { text: pdfText } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(pdfText).toContain("Mein Plan");
    expect(pdfText).toContain("A safe home for me and my child");
    await context.close();
  });
});
