// The integration-plan journey: a newly recorded mother's plan shows the P3 childcare gap, a suggested
// childcare step closes it, more steps are added (one part without JavaScript), the plan
// is submitted and approved, a review with ladder readings is recorded, and the printable
// plan in German carries no internal notes.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../support/app-server.ts";
import { launchBrowser, screenshot, seriousAxeViolations } from "../support/browser.ts";
import { openAddBox, p3 } from "../support/plan-page.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const PASSWORD = "gesim-demo-2026";
let app: AppServer;
let browser: Browser;
let clientId = "";

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signIn(email: string, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: app.baseUrl, javaScriptEnabled, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Caseload");
  return { context, page };
}

/**
 * A mother recorded over the API as a caseworker would record her: one child of three living
 * with her, no childcare in her plan yet, the plan a fresh draft. Made here rather than picked
 * from the demo, whose random plans may hold no such case.
 */
async function recordMotherWithDraftPlan(): Promise<string> {
  const caseworker = await signInOverHttp(app.baseUrl, "caseworker@demo.test", PASSWORD);
  const { id } = await caseworker.mutation<{ id: string }>("clients.create", {
    isAdult: true,
    firstContactDate: "2026-10-01",
    citizenship: "third-country",
    childrenCount: 1,
    children: [{ age: 3, livesWith: "with-her" }],
    isPregnant: false,
    languages: ["ro"],
    needsInterpreter: false,
    identificationStatus: "not-assessed",
    cooperationWithAuthorities: "not-asked",
    isInTrainingOrWork: false,
  });
  await caseworker.mutation("plans.create", { clientId: id });
  return id;
}

async function addStep(page: Page, choice: string, dueDate: string) {
  await openAddBox(page, "Add a step");
  const form = page.locator(".add-box form").last();
  await form.locator('select[name="choice"]').selectOption(choice);
  const domain = choice.split(":")[0] ?? "";
  const provider = form.locator(`select[name="providerId"] optgroup[data-domain="${domain}"] option`).first();
  if (await provider.count())
    await form.locator('select[name="providerId"]').selectOption((await provider.getAttribute("value")) ?? "");
  await form.locator('input[name="dueDate"]').fill(dueDate);
  await form.getByRole("button", { name: "Add a step" }).click();
  await expect
    .poll(() => page.locator(`li.plan-item[data-action="${choice.split(":")[1]}"]`).count())
    .toBeGreaterThan(0);
  // The "saved" notice comes once, from a flash cookie: nothing stays in the address or history.
  await expect.poll(() => page.locator("p.saved[role=status]").count()).toBe(1);
  expect(new URL(page.url()).search).toBe("");
}

describe("the plan journey", () => {
  it("shows the P3 childcare gap and closes it with a suggested childcare step", async () => {
    clientId = await recordMotherWithDraftPlan();
    const { context, page } = await signIn("caseworker@demo.test");
    await page.goto(`/clients/${clientId}/plan`);
    expect(await p3(page).locator("h4").textContent()).toContain("Attention to motherhood and children");
    expect(await p3(page).locator(".badge").textContent()).toBe("Not met");
    expect(await page.locator("li.principle").count()).toBe(11);
    await screenshot(page, "plan-01-mother-gap");
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The suggestion asks for its due date and worker, pre-filled so one click still adds it.
    const suggestion = p3(page).locator('li[data-rule="mother-without-childcare"] form.suggest-form');
    expect(await suggestion.getByLabel("Due by").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await suggestion.getByLabel("Responsible").locator("option:checked").textContent()).toBe("Demo Caseworker");
    await p3(page)
      .locator('li[data-rule="mother-without-childcare"]')
      .getByRole("button", { name: /Childcare place/ })
      .click();
    await expect
      .poll(() => p3(page).locator('li[data-rule="mother-without-childcare"]').getAttribute("class"))
      .toContain("severity-met");
    expect(await p3(page).locator(".badge").textContent()).not.toBe("Not met");
    expect(await page.locator('li.plan-item[data-action="childcare-place"]').count()).toBeGreaterThan(0);
    await screenshot(page, "plan-02-gap-closed");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(
      await page.evaluate(
        () =>
          (document.querySelector(".principle-panel")?.getBoundingClientRect().top ?? 0) >=
          (document.querySelector(".plan-main")?.getBoundingClientRect().bottom ?? Infinity) - 1,
      ),
    ).toBe(true);
    await screenshot(page, "plan-02b-narrow-panel-below");
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const [choice, due] of [
      ["accommodation:single-sex-shelter-place", "2027-01-15"],
      ["training:vocational-training", "2027-03-01"],
      ["therapy:trauma-therapy", "2027-02-01"],
    ] as const) {
      await addStep(page, choice, due);
    }
    for (const id of ["single-sex-shelter-place", "vocational-training", "trauma-therapy"])
      expect(await page.locator(`li.plan-item[data-action="${id}"]`).count()).toBeGreaterThan(0);
    await screenshot(page, "plan-03-steps-added");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it("adds a language course and explains a missing choice without JavaScript", async () => {
    const { context, page } = await signIn("caseworker@demo.test", false);
    await page.goto(`/clients/${clientId}/plan`);
    await openAddBox(page, "Add a step");
    const form = page.locator(".add-box form").last();
    await form.getByRole("button", { name: "Add a step" }).click();
    await expect
      .poll(() => page.locator("#action-new-choice-error").textContent())
      .toBe("Choose an action from the list or describe it.");
    expect(await page.locator("#action-new-choice").getAttribute("aria-describedby")).toBe("action-new-choice-error");
    await screenshot(page, "plan-04-no-js-error");
    await page.locator("#action-new-choice").selectOption("language:language-course");
    await page.locator("#action-new-dueDate").fill("2027-02-15");
    await page.locator(".add-box form").last().getByRole("button", { name: "Add a step" }).click();
    await expect.poll(() => page.locator('li.plan-item[data-action="language-course"]').count()).toBeGreaterThan(0);
    expect(await page.locator("p.saved[role=status]").count()).toBe(1);
    expect(new URL(page.url()).search).toBe("");
    await page.reload();
    expect(await page.locator("p.saved[role=status]").count()).toBe(0);
    await screenshot(page, "plan-05-no-js-language-course");
    await context.close();
  });

  it("keeps the user's words and explains when someone else changed the plan", async () => {
    const { context, page } = await signIn("caseworker@demo.test");
    await page.goto(`/clients/${clientId}/plan`);
    const other = await context.newPage();
    await other.goto(`/clients/${clientId}/plan`);
    await addStep(other, "peer-support:peer-group-offer", "2027-04-01");
    await openAddBox(page, "Add a goal");
    await page.locator("#goal-new-text").fill("Feel at home in my new city");
    await page.locator("#goal-new-domain").selectOption("peer-support");
    await page.locator(".add-box form").first().getByRole("button", { name: "Add a goal" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Someone else changed this plan");
    expect(await page.locator("#goal-new-text").inputValue()).toBe("Feel at home in my new city");
    await expect.poll(() => page.locator('li.plan-item[data-action="peer-group-offer"]').count()).toBeGreaterThan(0);
    await screenshot(page, "plan-06-conflict");
    await page.locator(".add-box form").first().getByRole("button", { name: "Add a goal" }).click();
    await expect.poll(() => page.locator(".goal-text", { hasText: "Feel at home in my new city" }).count()).toBe(1);
    await context.close();
  });

  it("explains a missing consent (never an error page), then refers once it is recorded, and moves the referral on", async () => {
    const { context, page } = await signIn("caseworker@demo.test");
    await page.goto(`/clients/${clientId}/plan`);
    const refer = page.getByRole("button", { name: /^Refer her to/ }).first();
    await refer.click();
    await expect
      .poll(
        async () =>
          (await page.locator(".referrals [role=alert]").count()) + (await page.locator('[role="status"]').count()),
      )
      .toBeGreaterThan(0);
    const alert = page.locator(".referrals [role=alert]");
    if (await alert.count()) {
      expect(await alert.textContent()).toMatch(/consent/i);
      await screenshot(page, "plan-07-referral-needs-consent");
      expect(await seriousAxeViolations(page)).toEqual([]);
      // Record her consent for this provider on her overview, then refer again.
      const item = page.locator("li.plan-item", { has: page.locator(".referrals [role=alert]") });
      const providerId = await item.locator('select[name="providerId"]').inputValue();
      await alert.getByRole("link", { name: "Record her consent on her overview" }).click();
      await page.waitForURL(`**/clients/${clientId}`);
      const consentForm = page.locator("details:has(#consent-purpose)");
      if ((await consentForm.getAttribute("open")) === null) await consentForm.locator(":scope > summary").click();
      await page.locator("#consent-purpose").selectOption("service-referral");
      await page.locator("#consent-recipient").fill(providerId);
      await consentForm.locator('button[type="submit"]').click();
      await page.waitForLoadState("networkidle");
      await page.goto(`/clients/${clientId}/plan`);
      const sameStep = page
        .locator("li.plan-item")
        .filter({ has: page.locator(`select[name="providerId"] option[value="${providerId}"]:checked`) });
      await sameStep
        .first()
        .getByRole("button", { name: /^Refer her to/ })
        .click();
    }
    await expect.poll(() => page.locator(".referral-list li").count()).toBeGreaterThan(0);
    expect(await page.locator(".referral-list .tag").first().textContent()).toBe("Sent");
    await page.locator(".referral-list select").first().selectOption("accepted");
    await page.locator(".referral-list").getByRole("button", { name: "Update" }).first().click();
    await expect.poll(() => page.locator(".referral-list .tag").first().textContent()).toBe("Accepted");
    await screenshot(page, "plan-07-referral-accepted");
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await expect.poll(() => page.locator(".workflow .tag").textContent()).toBe("Submitted");
    await screenshot(page, "plan-08-submitted");
    await context.close();
  });

  it("lets the manager require a comment to return, and approve", async () => {
    const { context, page } = await signIn("manager@demo.test");
    await page.goto(`/clients/${clientId}/plan`);
    await page.getByRole("button", { name: "Return for changes" }).click();
    await expect
      .poll(() => page.locator("#return-comment-error").textContent())
      .toBe("Say what should change before the plan is returned.");
    await screenshot(page, "plan-09-manager-return-needs-comment");
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Approving a plan with open gaps asks the manager to confirm them (issue 16).
    const confirmGaps = page.getByLabel(/approve this plan with these open gaps/);
    if ((await confirmGaps.count()) > 0) await confirmGaps.check();
    await page.getByRole("button", { name: "Approve plan" }).click();
    await expect.poll(() => page.locator(".workflow .tag").textContent()).toBe("Approved");
    await screenshot(page, "plan-10-approved");
    await context.close();
  });

  it("records a review with ladder readings and shows the distance travelled", async () => {
    const { context, page } = await signIn("caseworker@demo.test");
    await page.goto(`/clients/${clientId}/reviews`);
    await page.getByRole("heading", { name: "Record a review" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel("Yes", { exact: true }).check();
    await page.getByLabel("Summary").fill("She feels safer and wants to start the course.");
    await page.getByLabel("Next review").fill("2027-03-01");
    await page.locator("#review-ladder-accommodation").fill("7");
    await page.locator("#review-ladder-language").fill("5");
    await page.locator("#review-ladder-childcare").fill("6");
    await page.getByRole("button", { name: "Record review" }).click();
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe("The review was recorded.");
    expect(new URL(page.url()).search).toBe("");
    expect(await page.locator(".distance-table tbody tr").count()).toBeGreaterThan(0);
    expect(await page.locator(".distance-svg").getAttribute("role")).toBe("img");
    await screenshot(page, "plan-11-review-recorded");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it("prints her plan in German without internal notes", async () => {
    const { context, page } = await signIn("caseworker@demo.test");
    await page.goto(`/clients/${clientId}/plan/print?lang=de`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Mein Plan");
    const text = (await page.locator(".printable-plan").textContent()) ?? "";
    expect(text).toContain("Nächste Schritte");
    expect(text).toContain("Was ich erreichen möchte");
    expect(text).toContain(
      new Intl.DateTimeFormat("de", { dateStyle: "medium", timeZone: "UTC" }).format(new Date("2027-03-01T00:00:00Z")),
    );
    expect(await page.locator(".printable-plan").getAttribute("lang")).toBe("de");
    for (const internal of ["Risiko", "Risk", "Lücke", "Gap", "Prinzip", "principle", "GAS"])
      expect(text).not.toContain(internal);
    expect(await page.locator(".principle-panel").count()).toBe(0);
    await expect.poll(() => page.getByRole("button", { name: "Print / save as PDF" }).count()).toBe(1);
    await screenshot(page, "plan-12-print-de");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".print-tools").isVisible()).toBe(false);
    await context.close();
  });

  it("downloads her plan as a PDF in German, not cached, under a name that says nothing about her", async () => {
    const { context, page } = await signIn("caseworker@demo.test");
    await page.goto(`/clients/${clientId}/plan/print?lang=de`);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download her plan as a PDF" }).click();
    expect((await download).suggestedFilename()).toMatch(/^plan-\d{4}-\d{2}-\d{2}\.pdf$/);
    const response = await context.request.get(`/clients/${clientId}/plan/print.pdf?lang=de`);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["cache-control"]).toBe("no-store");
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain("Mein Plan");
    expect(text).toContain("Nächste Schritte");
    expect(text).toContain("Was ich erreichen möchte");
    for (const internal of ["Risiko", "Risk", "Lücke", "Gap", "Prinzip", "principle", "GAS"])
      expect(text).not.toContain(internal);
    const stranger = await browser.newContext({ baseURL: app.baseUrl });
    const refused = await stranger.request.get(`/clients/${clientId}/plan/print.pdf?lang=de`, { maxRedirects: 0 });
    expect([refused.status(), refused.headers().location]).toEqual([302, "/login"]);
    await stranger.close();
    await context.close();
  });
});
