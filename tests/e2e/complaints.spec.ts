// Complaints about the service (issue 21, P10): a caseworker records one for a woman entered over
// the API and moves it to resolved, without JavaScript; a mistake is explained and what was typed
// stays. The manager's complaints log lists it; a closed case's follow-up is planned with her
// consent. Axe with JavaScript on; German and Italian show no raw keys.
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { signIn, useStage } from "../support/session.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const stage = useStage();
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
let clientId = "";

async function recordWoman() {
  const api = await signInOverHttp(stage.app.baseUrl, "caseworker@demo.test", "gesim-demo-2026");
  const client = await api.mutation<{ id: string }>("clients.create", {
    isAdult: true,
    pseudonym: "Tansy Voice",
    firstContactDate: dayFromToday(-30),
    childrenCount: 0,
    isPregnant: false,
    languages: ["ro"],
    needsInterpreter: false,
    identificationStatus: "not-assessed",
    cooperationWithAuthorities: "not-asked",
    isInTrainingOrWork: false,
  });
  clientId = client.id;
}

describe("complaints", () => {
  it("records a complaint and resolves it without JavaScript; the manager's log lists it", async () => {
    await recordWoman();
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.goto(`/clients/${clientId}/complaints`);
    await page.getByLabel("Date received").fill(dayFromToday(2));
    await page.getByLabel("What it is about").selectOption("privacy");
    await page.getByLabel("Details").fill("Her file was left open at the front desk");
    await page.getByRole("button", { name: "Record the complaint" }).click();
    expect(await page.locator(".error-summary").innerText()).toContain("cannot be in the future");
    expect(await page.getByLabel("Details").inputValue()).toBe("Her file was left open at the front desk");
    await page.getByLabel("Date received").fill(dayFromToday(-3));
    await page.getByRole("button", { name: "Record the complaint" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("The complaint is recorded.");
    const card = page.locator(".complaint-list li").first();
    expect(await card.innerText()).toContain("Her file was left open at the front desk");
    expect(await card.innerText()).toContain("3 days");

    await card.getByLabel("Status").selectOption("resolved");
    await card.getByLabel("Date closed").fill(dayFromToday(0));
    await card.getByRole("button", { name: "Save progress" }).click();
    const failed = page.locator(".complaint-list li").first();
    expect(await failed.locator(".error-summary").innerText()).toContain("Write down the outcome");
    await failed.getByLabel("Outcome", { exact: true }).fill("Apology; files are now locked away");
    await failed.getByLabel("She was told the outcome").check();
    await failed.getByRole("button", { name: "Save progress" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("The complaint is updated.");
    expect(await page.locator(".complaint-list li").first().innerText()).toContain("she was told the outcome");
    await screenshot(page, "complaints-client-nojs");
    await context.close();

    const manager = await signIn(stage, "manager@demo.test", false);
    await manager.page.getByRole("link", { name: "Complaints" }).click();
    await expect.poll(() => manager.page.getByRole("heading", { level: 1 }).textContent()).toBe("Complaints log");
    const row = manager.page.locator("tr", { hasText: "Tansy Voice" });
    expect(await row.innerText()).toContain("Resolved");
    expect(await manager.page.locator("main").innerText()).not.toContain("front desk");
    await manager.context.close();
  });

  it("plans a follow-up after closure once she has agreed, and passes axe and German and Italian", async () => {
    const { context, page } = await signIn(stage, "manager@demo.test", true);
    const api = await signInOverHttp(stage.app.baseUrl, "manager@demo.test", "gesim-demo-2026");
    const { version } = await api.query<{ version: number }>("clients.get", { clientId });
    await api.mutation("clients.close", { clientId, version, reasons: ["goals-met"] });
    await page.goto(`/clients/${clientId}`);
    const section = page.locator("section[aria-labelledby=follow-up-heading]");
    expect(await section.innerText()).toContain("has not agreed to be contacted after closure");
    await api.mutation("consents.create", {
      clientId,
      consent: { purpose: "follow-up-contact", givenOn: dayFromToday(-1), recordedHow: "verbal-witnessed" },
    });
    await page.goto(`/clients/${clientId}`);
    await section.getByLabel("Follow-up date").fill(dayFromToday(60));
    await section.getByRole("button", { name: "Plan the follow-up" }).click();
    await expect.poll(() => section.innerText()).toContain("Follow-up contact planned for");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(`/clients/${clientId}/complaints`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto("/complaints");
    expect(await seriousAxeViolations(page)).toEqual([]);
    for (const locale of ["de", "it"] as const) {
      await page.locator("#language-select").selectOption(locale);
      await page.locator(".language-form button").click();
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(locale);
      for (const path of ["/complaints", `/clients/${clientId}/complaints`, `/clients/${clientId}`]) {
        await page.goto(path);
        expect(await page.locator("main").innerText()).not.toMatch(
          /\b(complaints?|followUp|clients|client)\.[a-zA-Z-]+/,
        );
      }
    }
    await context.close();
  });
});
