// A caseworker's whole work with a new woman (issue 16, "How it is shown"), nothing seeded about
// her: intake with her safe-contact rules → needs, risks and a first ladder reading → a plan with
// goals in four areas and steps of both pathways linked to them → every "Add to plan" suggestion
// clicked once (none remains for a step in the plan, no step twice) → her agreement → her consent
// for a directory provider → the referral sent, accepted, done → submitted and approved from the
// manager's queue → a step added, "changed since approval" → a review with the distance
// travelled → her printed plan and its PDF. Once with JavaScript (axe at 1280 and 390 px on
// every page), once without it for every form.
import type { Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { openAddBox } from "../support/plan-page.ts";
import { signIn, useStage } from "../support/session.ts";

const stage = useStage();
const PROVIDER = "Free Legal Aid Clinic (demo)";

const GOALS = [
  ["accommodation", "A safe place of my own"],
  ["legal", "Papers so I can stay"],
  ["language", "Speak German at the doctor's"],
  ["employment", "A job with a contract"],
] as const;

/** Steps from both pathways, each towards one of her goals: legal and accommodation (PLM), language and work (EEM). */
const STEPS = [
  { choice: "legal:legal-needs-assessment", goal: "Papers so I can stay", provider: PROVIDER, due: "2027-01-15" },
  { choice: "accommodation:single-sex-shelter-place", goal: "A safe place of my own", due: "2027-01-20" },
  { choice: "language:language-course", goal: "Speak German at the doctor's", due: "2027-02-15" },
  { choice: "employment:job-search-support", goal: "A job with a contract", due: "2027-03-01" },
] as const;

const steps = (page: Page) => page.locator("section[aria-labelledby=actions-title] li.plan-item");
const step = (page: Page, actionId: string) => page.locator(`li.plan-item[data-action="${actionId}"]`);

/**
 * axe on the page as it is at 1280 px, then loaded at 390 px (with JavaScript only: axe runs in
 * the page); `reflows`: no horizontal scrolling at 390 px either.
 */
async function checkPage(page: Page, js: boolean, name: string, reflows = false) {
  await screenshot(page, `whole-journey-${js ? "js" : "nojs"}-${name}`);
  if (!js) return;
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await seriousAxeViolations(page), `${name} at 1280 px`).toEqual([]);
  // Loaded at 390 px, as a phone would: the header settles its layout when the page loads.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByRole("heading", { level: 1 }).waitFor();
  expect(await seriousAxeViolations(page), `${name} at 390 px`).toEqual([]);
  // Her overview, her plan and her reviews reflow with no horizontal scrolling (WCAG 1.4.10, issue 16).
  if (reflows)
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} reflows`).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The catalogue ids of the "Add to plan" suggestions the principle panel offers now. */
/**
 * Without JavaScript each form answers with a new page, streamed: read only once it has loaded
 * completely, or a half-parsed page offers fewer suggestions than it will.
 */
async function offeredSuggestions(page: Page): Promise<string[]> {
  await page.waitForLoadState("load");
  const inputs = page.locator('form.suggest-form input[name="suggestedActionId"]');
  const ids: string[] = [];
  for (let i = 0; i < (await inputs.count()); i++) ids.push((await inputs.nth(i).getAttribute("value")) ?? "");
  return ids;
}

async function actionsInPlan(page: Page): Promise<string[]> {
  await page.waitForLoadState("load");
  const ids: string[] = [];
  for (let i = 0; i < (await steps(page).count()); i++)
    ids.push((await steps(page).nth(i).getAttribute("data-action")) ?? "");
  return ids.filter((id) => id !== "free-text");
}

describe.each([
  { js: true, pseudonym: "Willow Wholejourney" },
  { js: false, pseudonym: "Sorrel Wholejourney" },
])("a new woman's whole journey (JavaScript $js)", ({ js, pseudonym }) => {
  let clientPath = "";

  it("records her at intake with her safe-contact rules, and her consent for a directory provider", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", js);
    await page.getByRole("link", { name: "New client" }).click();
    await page.getByLabel("Pseudonym").waitFor();
    await checkPage(page, js, "01-intake-form");
    await page.getByLabel("Yes, she is an adult").check();
    await page.getByLabel("Pseudonym").fill(pseudonym);
    await page.getByLabel("How she first came into contact").selectOption("street-unit");
    await page.getByLabel("Citizenship", { exact: true }).selectOption("third-country");
    await page.getByLabel("Nationality").selectOption({ label: "Nigeria" });
    await page.getByLabel("Language 1", { exact: true }).selectOption({ label: "English" });
    await page.getByLabel("In person", { exact: true }).check();
    await page.getByLabel("Messenger app").check();
    await page.getByLabel("Evenings (18–21)").check();
    await page.getByLabel(/Never leave a message/).check();
    await page.getByRole("button", { name: "Record new client" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(pseudonym);
    clientPath = new URL(page.url()).pathname;
    const profile = await page.locator("section[aria-labelledby=profile-heading]").innerText();
    expect(profile).toContain("Nigeria");
    expect(profile).toContain("Only by: Messenger app, In person");
    expect(profile).toContain("Never leave a message");

    await page.getByText("Record a consent she gave").click();
    await page.getByLabel("Purpose").selectOption("service-referral");
    await page.getByLabel("Provider from the directory").selectOption({ label: PROVIDER });
    await page.getByRole("button", { name: "Record consent" }).click();
    const consents = page.locator("section[aria-labelledby=consents-heading] tbody");
    await expect.poll(() => consents.textContent()).toContain(PROVIDER);
    expect(await consents.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
    await checkPage(page, js, "02-overview", true);
    await context.close();
  });

  it("records her needs, risks and where she stands on the ladder", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", js);
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
    await page.getByText("Record new ladder readings").click();
    await page.locator("#ladder-accommodation").selectOption("3");
    await page.locator("#ladder-language").selectOption("2");
    await page.getByRole("button", { name: "Save ladder readings" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("Ladder readings saved as a new version.");
    await checkPage(page, js, "03-assessments");
    await context.close();
  });

  it("builds her plan: goals in four areas, steps of both pathways towards them, every suggestion once", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", js);
    await page.goto(`${clientPath}/plan`);
    await page.getByRole("button", { name: "Start her plan" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Submit for approval" }).count()).toBe(1);

    for (const [domain, text] of GOALS) {
      const box = await openAddBox(page, "Add a goal");
      await box.locator("#goal-new-text").fill(text);
      await box.locator("#goal-new-domain").selectOption(domain);
      await box.getByRole("button", { name: "Add a goal" }).click();
      await expect.poll(() => page.locator(".goal-text", { hasText: text }).count()).toBe(1);
    }

    for (const { choice, goal, due, ...rest } of STEPS) {
      const form = (await openAddBox(page, "Add a step")).locator("form");
      await form.locator('select[name="choice"]').selectOption(choice);
      if ("provider" in rest) await form.locator('select[name="providerId"]').selectOption({ label: rest.provider });
      const goalId = await form.locator('select[name="goalId"] option', { hasText: goal }).getAttribute("value");
      await form.locator('select[name="goalId"]').selectOption(goalId ?? "");
      await form.locator('input[name="dueDate"]').fill(due);
      await form.getByRole("button", { name: "Add a step" }).click();
      const added = step(page, choice.split(":")[1] ?? "");
      await expect.poll(() => added.count()).toBe(1);
      expect(await added.locator(".for-goal").textContent()).toBe(`Towards her goal: ${goal}`);
    }
    const progress = await page.locator(".principle-panel dl.progress").innerText();
    // Two goals towards each pathway: accommodation and legal (PLM), language and work (EEM).
    expect(progress.match(/0 of 2 goals reached/g)).toHaveLength(2);
    await checkPage(page, js, "04-plan-steps", true);

    // Every "Add to plan" suggestion, once each; a suggestion is never for a step she already has.
    const clicked: string[] = [];
    for (;;) {
      const offered = await offeredSuggestions(page);
      const inPlan = await actionsInPlan(page);
      expect(offered.filter((id) => inPlan.includes(id))).toEqual([]);
      const next = offered.find((id) => !clicked.includes(id));
      if (!next) break;
      clicked.push(next);
      const before = await steps(page).count();
      await page
        .locator("form.suggest-form", { has: page.locator(`input[name="suggestedActionId"][value="${next}"]`) })
        .first()
        .getByRole("button")
        .click();
      await expect.poll(() => steps(page).count()).toBe(before + 1);
      expect(await step(page, next).count()).toBe(1);
    }
    expect(clicked.length).toBeGreaterThan(0);
    expect(await offeredSuggestions(page)).toEqual([]);
    const inPlan = await actionsInPlan(page);
    expect(inPlan.length).toBe(new Set(inPlan).size);
    expect(inPlan.length).toBe(STEPS.length + clicked.length);
    await checkPage(page, js, "05-plan-suggestions", true);
    await context.close();
  });

  it("saves her agreement, refers her to the provider she agreed to, and follows the referral to done", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", js);
    await page.goto(`${clientPath}/plan`);
    const facts = page.locator("section[aria-labelledby=facts-title]");
    const details = facts.locator("details");
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    await facts.getByLabel("She agreed to this plan").check();
    await facts.getByLabel("Date she agreed").fill("2026-11-20");
    await facts.getByLabel("Her accommodation is single-sex").selectOption("yes");
    await facts.getByLabel("She rates her accommodation safe").selectOption("yes");
    await facts.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => facts.locator("dl").textContent()).toContain("Yes, on");
    expect(await page.locator(".error-summary, .plan-notice.conflict").count()).toBe(0);
    expect(await page.locator('li[data-rule="plan-agreed-by-her"]').getAttribute("class")).toContain("severity-met");

    const legal = step(page, "legal-needs-assessment");
    await legal.getByRole("button", { name: `Refer her to ${PROVIDER}` }).click();
    const tag = legal.locator(".referral-list .tag");
    await expect.poll(() => tag.textContent()).toBe("Sent");
    expect(await legal.locator("form.consent-in-place").count()).toBe(0);
    for (const [status, label] of [
      ["accepted", "Accepted"],
      ["done", "Done"],
    ] as const) {
      await legal.locator(".referral-list select").selectOption(status);
      await legal.locator(".referral-list").getByRole("button", { name: "Update" }).click();
      await expect.poll(() => tag.textContent()).toBe(label);
    }
    expect(await legal.locator(".referral-list li").count()).toBe(1);
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await expect.poll(() => page.locator(".workflow .tag").textContent()).toBe("Submitted");
    await checkPage(page, js, "06-plan-submitted", true);
    await context.close();
  });

  it("is approved from the manager's queue; a step added afterwards shows as changed since approval", async () => {
    const manager = await signIn(stage, "manager@demo.test", js);
    await manager.page.getByRole("link", { name: "Approvals" }).click();
    await expect
      .poll(() => manager.page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Plans waiting for approval");
    const item = manager.page.locator("li.approval-item", {
      has: manager.page.getByRole("heading", { name: pseudonym }),
    });
    expect(await item.innerText()).toContain("Submitted on");
    await checkPage(manager.page, js, "07-approvals");
    // Approving a plan with open gaps asks the manager to confirm them (issue 16).
    const confirmGaps = item.getByLabel(/approve this plan with these open gaps/);
    if ((await confirmGaps.count()) > 0) await confirmGaps.check();
    await item.getByRole("button", { name: `Approve the plan of ${pseudonym}` }).click();
    await expect
      .poll(() => manager.page.getByRole("status").textContent())
      .toBe(`The plan of ${pseudonym} is approved.`);
    await expect.poll(() => item.count()).toBe(0);

    const { context, page } = await signIn(stage, "caseworker@demo.test", js);
    await page.goto(`${clientPath}/plan`);
    await expect.poll(() => page.locator(".workflow .tag").textContent()).toBe("Approved");
    const form = (await openAddBox(page, "Add a step")).locator("form");
    await form.locator('select[name="choice"]').selectOption("language:language-level-test");
    const goalId = await form
      .locator('select[name="goalId"] option', { hasText: "Speak German at the doctor's" })
      .getAttribute("value");
    await form.locator('select[name="goalId"]').selectOption(goalId ?? "");
    await form.locator('input[name="dueDate"]').fill("2027-01-10");
    await form.getByRole("button", { name: "Add a step" }).click();
    await expect.poll(() => step(page, "language-level-test").count()).toBe(1);
    await expect.poll(() => page.locator("section.workflow").innerText()).toContain("Changed since approval");
    await checkPage(page, js, "08-plan-changed", true);
    await context.close();

    await manager.page.goto("/approvals");
    const changed = manager.page.locator("li.approval-item", {
      has: manager.page.getByRole("heading", { name: pseudonym }),
    });
    expect(await changed.innerText()).toContain("Changed since approval");
    expect(await changed.innerText()).toContain("Language level test");
    await manager.context.close();
  });

  it("records a review with ladder readings and shows the distance she travelled", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", js);
    await page.goto(`${clientPath}/reviews`);
    await page.getByRole("heading", { name: "Record a review" }).waitFor();
    await page.getByLabel("Yes", { exact: true }).check();
    await page.getByLabel("Summary").fill("She has a place in the shelter and starts the course.");
    await page.getByLabel("Next review").fill("2027-03-01");
    await page.locator("#review-ladder-accommodation").fill("7");
    await page.locator("#review-ladder-language").fill("4");
    await page.getByRole("button", { name: "Record review" }).click();
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe("The review was recorded.");
    const rows = page.locator(".distance-table tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    const readings = async (i: number) => (await rows.nth(i).locator("td").allInnerTexts()).slice(0, 2);
    expect([await readings(0), await readings(1)]).toEqual([
      ["3", "7"],
      ["2", "4"],
    ]);
    expect(await page.locator(".distance-svg").getAttribute("role")).toBe("img");
    await checkPage(page, js, "09-review", true);
    await context.close();
  });

  it("prints her plan and gives it as a PDF, with her goals and steps and nothing internal", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", js);
    await page.goto(`${clientPath}/plan/print`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("My plan");
    const text = (await page.locator(".printable-plan").textContent()) ?? "";
    for (const [, goal] of GOALS) expect(text).toContain(goal);
    expect(text).toContain("A course to learn the language of this country.");
    for (const internal of ["Risk", "Gap", "principle"]) expect(text).not.toContain(internal);
    await checkPage(page, js, "10-print");
    const response = await context.request.get(`${clientPath}/plan/print.pdf`);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const pdf = await response.body();
    const { text: pdfText } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(pdfText).toContain("My plan");
    for (const [, goal] of GOALS) expect(pdfText.replace(/\s+/g, " ")).toContain(goal);
    for (const internal of ["Risk", "Gap", "principle"]) expect(pdfText).not.toContain(internal);
    await context.close();
  });
});
