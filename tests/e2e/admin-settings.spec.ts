// Issue 17's administration pages: the provider directory, organisation settings (time zone,
// k), funding relationships, and managers' oversight (break-glass review, audit verification,
// her access log). Direct navigation; what a page needs is created over the API or the UI.
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { type Stage, useStage } from "../support/session.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const PASSWORD = "gesim-demo-2026";
const stage = useStage();
const h1 = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const notice = (page: Page) => page.locator("p.notice[role=status]").textContent();

async function signedIn(
  s: Stage,
  email: string,
  javaScriptEnabled = true,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await s.browser.newContext({ baseURL: s.app.baseUrl, javaScriptEnabled, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => new URL(page.url()).pathname).not.toBe("/login");
  return { context, page };
}

describe("administration pages", () => {
  it("adds, edits and deactivates a provider without JavaScript; bad input is explained and kept", async () => {
    const { context, page } = await signedIn(stage, "admin@demo.test", false);
    await page.goto("/admin/providers");
    expect(await h1(page)).toBe("Provider directory");
    const add = page.locator("section[aria-labelledby=new-provider-title]");
    await add.getByLabel("Name").fill("Casa Aurora");
    await add.getByLabel("Languages the service works in").fill("ro, it");
    await add.getByRole("button", { name: "Add to the directory" }).click();
    // No area of support chosen: refused, and what she typed is still there.
    await expect.poll(() => page.locator("#new-domains-error").count()).toBe(1);
    expect(await page.locator("#new-name").inputValue()).toBe("Casa Aurora");
    expect(await page.locator("#new-languages").inputValue()).toBe("ro, it");
    await page.locator("#new-domain-accommodation").check();
    await page.locator("#new-isWomenOnly").check();
    await page.locator("#new-acceptsMothersWithChildren").check();
    await page.locator("#new-contact").fill("Intake line, weekdays 9–17");
    await add.getByRole("button", { name: "Add to the directory" }).click();
    await expect.poll(() => notice(page)).toBe("The provider was added to the directory.");
    const row = page.locator("tr", { has: page.locator("th", { hasText: "Casa Aurora" }) });
    expect(await row.locator("td").first().textContent()).toBe("Safe accommodation");
    await row.getByRole("link", { name: "Edit Casa Aurora" }).click();
    await page.locator("#edit-name").fill("Casa Aurora (Rome)");
    await page
      .locator("section[aria-labelledby=edit-provider-title]")
      .getByRole("button", { name: "Save the changes" })
      .click();
    await expect.poll(() => notice(page)).toBe("The changes were saved.");
    const renamed = page.locator("tr", { has: page.locator("th", { hasText: "Casa Aurora (Rome)" }) });
    await renamed.getByRole("button", { name: "Deactivate Casa Aurora (Rome)" }).click();
    await expect.poll(() => notice(page)).toContain("taken out of the directory");
    expect(await page.locator("th", { hasText: "Casa Aurora (Rome)" }).count()).toBe(0);
    await page.getByRole("link", { name: "Show deactivated providers" }).click();
    await expect.poll(() => page.locator("th", { hasText: "Casa Aurora (Rome)" }).count()).toBe(1);
    await context.close();
    // The same page with JavaScript, for the accessibility checker, and at 320 px.
    const withJs = await signedIn(stage, "admin@demo.test");
    await withJs.page.setViewportSize({ width: 320, height: 800 });
    await withJs.page.goto("/admin/providers?show=inactive");
    expect(await seriousAxeViolations(withJs.page)).toEqual([]);
    // The page's own content reflows (the wide table scrolls inside its region).
    const overflowing = await withJs.page.evaluate(
      () =>
        Array.from(document.querySelectorAll("main *")).filter(
          (e) => !e.closest(".table-scroll") && e.getBoundingClientRect().right > 320,
        ).length,
    );
    expect(overflowing).toBe(0);
    await screenshot(withJs.page, "admin-providers-320");
    await withJs.context.close();
  });

  it("sets the organisation's time zone and explains a threshold below 5", async () => {
    const { context, page } = await signedIn(stage, "admin@demo.test");
    await page.goto("/admin/settings");
    expect(await h1(page)).toBe("Organisation settings");
    await page.locator("#disclosureThreshold").fill("3");
    await page.locator("#timeZone").selectOption("Europe/Rome");
    await page.getByRole("button", { name: "Save the organisation's settings" }).click();
    await expect
      .poll(() => page.locator("#disclosureThreshold-error").textContent())
      .toBe("The minimum group size cannot be lower than 5.");
    expect(await page.locator("#disclosureThreshold").inputValue()).toBe("3");
    expect(await page.locator("#timeZone").inputValue()).toBe("Europe/Rome");
    await page.locator("#disclosureThreshold").fill("10");
    await page.getByRole("button", { name: "Save the organisation's settings" }).click();
    await expect.poll(() => notice(page)).toBe("The organisation's settings were saved.");
    expect(await page.locator("#timeZone").inputValue()).toBe("Europe/Rome");
    await page.locator("#reviewIntervalDays").fill("400");
    await page.getByRole("button", { name: "Save the plan checks" }).click();
    await expect.poll(() => page.locator("#reviewIntervalDays-error").count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it("sets the country's rules and a rounding without JavaScript; intake then follows them", async () => {
    const { context, page } = await signedIn(stage, "admin@demo.test", false);
    await page.goto("/admin/settings");
    // A rounding that does not divide the threshold: explained at its field, what she typed kept.
    await page.getByLabel("Rounding of released counts").fill("3");
    await page.getByRole("button", { name: "Save the organisation's settings" }).click();
    await expect.poll(() => page.locator("#disclosureRounding-error").count()).toBe(1);
    expect(await page.getByLabel("Rounding of released counts").inputValue()).toBe("3");
    await page.getByLabel("Rounding of released counts").fill("10");
    await page.getByRole("button", { name: "Save the organisation's settings" }).click();
    await expect.poll(() => notice(page)).toBe("The organisation's settings were saved.");
    expect(await page.getByLabel("Rounding of released counts").inputValue()).toBe("10");

    await page.getByLabel("Length of the reflection period (days)").fill("0");
    await page.getByLabel("Permit type 1", { exact: true }).fill("Victims' permit");
    await page.getByLabel("Permit type 1 depends on cooperating with the authorities").check();
    await page.getByLabel("Permit type 2", { exact: true }).fill("Humanitarian permit");
    await page.getByRole("button", { name: "Save country rules" }).click();
    await expect.poll(() => page.locator("#reflectionPeriodDays-error").count()).toBe(1);
    expect(await page.getByLabel("Permit type 2", { exact: true }).inputValue()).toBe("Humanitarian permit");
    await page.getByLabel("Length of the reflection period (days)").fill("90");
    await page.getByRole("button", { name: "Save country rules" }).click();
    await expect.poll(() => notice(page)).toBe("The country rules are saved.");
    expect(await page.getByLabel("Permit type 1", { exact: true }).inputValue()).toBe("Victims' permit");
    await context.close();

    // The caseworker's intake, without JavaScript: the configured permit type gives its basis,
    // the start of the reflection period gives its end.
    const caseworker = await signedIn(stage, "caseworker@demo.test", false);
    const intake = caseworker.page;
    await intake.goto("/clients/new");
    await intake.getByLabel("Yes, she is an adult").check();
    await intake.getByLabel("Pseudonym").fill("Rowan Rules");
    await intake.getByLabel("Legal status").selectOption("reflection-period");
    await intake.getByLabel("Reflection period began").fill("2026-11-01");
    await intake.getByLabel("Type of permit").selectOption("Victims' permit");
    await intake.getByLabel("She may work legally").selectOption("no");
    await intake.getByRole("button", { name: "Record new client" }).click();
    await expect.poll(() => intake.getByRole("heading", { level: 1 }).textContent()).toBe("Rowan Rules");
    const facts = await intake.locator("section[aria-labelledby=profile-heading]").innerText();
    expect(facts).toContain("Victims' permit");
    expect(facts).toContain("On her cooperating with the authorities");
    expect(facts).toMatch(/Jan(uary)? 30, 2027|30 Jan(uary)? 2027/);
    await screenshot(intake, "intake-country-rules");
    await caseworker.context.close();
  });

  it("creates a funding relationship with its ε and shows the budget ledger", async () => {
    const { context, page } = await signedIn(stage, "admin@demo.test");
    await page.goto("/admin/funding");
    expect(await h1(page)).toBe("Funding relationships");
    await page.locator("#new-name").fill("Regional fund 2027");
    await page.locator("#new-epsilonPerPeriod").fill("lots");
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await expect.poll(() => page.locator("#new-epsilonPerPeriod-error").count()).toBe(1);
    expect(await page.locator("#new-name").inputValue()).toBe("Regional fund 2027");
    await page.locator("#new-epsilonPerPeriod").fill("1,5");
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await expect.poll(() => notice(page)).toContain("was created");
    const card = page.locator("section.card", { has: page.getByRole("heading", { name: "Regional fund 2027" }) });
    expect(await card.locator("dd").nth(1).textContent()).toBe("ε = 1.5 per period");
    // The linked organisations by name, not a count.
    expect(await card.locator("dd").first().textContent()).toMatch(/[A-Za-z]/);
    expect(await page.getByRole("heading", { name: "Privacy-budget ledger" }).count()).toBe(1);
    // A join code for the other organisation, shown once with how to pass it on.
    await card.getByRole("button", { name: "Create a join code for Regional fund 2027" }).click();
    const shown = page.locator("section.card", { has: page.getByRole("heading", { name: "Regional fund 2027" }) });
    await expect.poll(() => shown.locator("code.join-code").count()).toBe(1);
    expect(await shown.locator("code.join-code").textContent()).toMatch(/^[2-9a-z]{4}(-[2-9a-z]{4}){3}$/);
    expect(await shown.locator(".notice").textContent()).toContain("by phone or in person");
    // Joining with a wrong reference or code: one answer for both, and what she typed stays.
    const reference = "00000000-0000-4000-8000-000000000000";
    await page.locator("#link-relationshipId").fill(reference);
    await page.locator("#link-joinCode").fill("2345-6789-abcd-efgh");
    await page.getByRole("button", { name: "Join", exact: true }).click();
    await expect.poll(() => page.locator("#link-joinCode-error").count()).toBe(1);
    expect(await page.locator("#link-joinCode-error").textContent()).toContain("wrong, already used or expired");
    expect(await page.locator("#link-joinCode").inputValue()).toBe("2345-6789-abcd-efgh");
    expect(await page.locator("#link-relationshipId").inputValue()).toBe(reference);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it("shows a manager each identity reveal to review, the audit verification and her access log", async () => {
    const caseworker = await signInOverHttp(stage.app.baseUrl, "caseworker@demo.test", PASSWORD);
    const { id, pseudonym } = await caseworker.mutation<{ id: string; pseudonym: string }>("clients.create", {
      isAdult: true,
      firstContactDate: "2026-10-01",
      childrenCount: 0,
      isPregnant: false,
      languages: ["ro"],
      needsInterpreter: false,
      identificationStatus: "not-assessed",
      cooperationWithAuthorities: "not-asked",
      isInTrainingOrWork: false,
    });
    await caseworker.mutation("identity.set", { clientId: id, legalName: "Test Person" });
    await caseworker.mutation("identity.reveal", {
      clientId: id,
      reason: "legal-proceedings",
      justification: "Hearing at the labour court needs her legal name.",
    });
    const { context, page } = await signedIn(stage, "manager@demo.test");
    await page.goto("/admin/oversight");
    const item = page.locator("li.card", { has: page.getByRole("link", { name: pseudonym }) });
    expect(await item.locator("dd.free-text").textContent()).toBe("Hearing at the labour court needs her legal name.");
    expect(await item.locator("dd").nth(2).textContent()).toBe("Legal proceedings");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await item.getByRole("button", { name: `Mark as reviewed ${pseudonym}` }).click();
    await expect.poll(() => notice(page)).toBe("The reveal is marked as reviewed.");
    expect(await page.getByRole("link", { name: pseudonym }).count()).toBe(0);
    await page.getByRole("button", { name: "Verify now" }).click();
    await expect.poll(() => notice(page)).toBe("The audit trail was verified just now.");
    expect(await page.locator("section[aria-labelledby=verification-title] p").first().textContent()).toContain(
      "Whole when last verified",
    );
    await page.goto(`/clients/${id}/audit`);
    await expect
      .poll(() => page.locator("td", { hasText: "Revealed her identity (Legal proceedings)" }).count())
      .toBe(1);
    await page.locator("#area").selectOption("note");
    await page.getByRole("button", { name: "Show" }).click();
    await expect.poll(() => page.getByText("Nothing was recorded for this choice.").count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "admin-client-audit");
    // German and Italian: no raw keys on the administration pages.
    for (const locale of ["de", "it"] as const) {
      await page.locator("#language-select").selectOption(locale);
      await page.locator(".language-form button").click();
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(locale);
      for (const path of [
        "/admin/oversight?show=all",
        "/admin/settings",
        "/admin/providers",
        "/admin/funding",
        `/clients/${id}/audit`,
      ]) {
        await page.goto(path);
        expect(await page.locator("main").innerText()).not.toMatch(
          /\b(admin[A-Za-z]*|clientAudit|client\.nav|identity\.reason|domain)\.[a-zA-Z.-]+/,
        );
      }
    }
    await context.close();
  });

  it("refuses the administration to a caseworker", async () => {
    const { context, page } = await signedIn(stage, "caseworker@demo.test");
    const response = await page.goto("/admin/settings");
    expect(response?.status()).toBe(403);
    await context.close();
  });
});
