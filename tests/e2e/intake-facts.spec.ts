// The full intake of a new woman (issue 16), without JavaScript: her nationality chosen by name,
// her safe-contact rules, her interpreter need, and each child's age and home added on her
// profile afterwards; a contradiction is explained at its field and nothing typed is lost.
// Then the pages at 320 px: no horizontal scrolling, no serious axe violation.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { signIn, useStage } from "../support/session.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const stage = useStage();
let clientPath = "";

const profile = (page: Page) => page.locator("section[aria-labelledby=profile-heading]");

describe("the full intake", () => {
  it("records her nationality, safe-contact rules and interpreter need without JavaScript", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.goto("/clients/new");
    await page.getByLabel("Yes, she is an adult").check();
    await page.getByLabel("Pseudonym").fill("Iris Intake");
    await page.getByLabel("Citizenship", { exact: true }).selectOption("third-country");
    await page.getByLabel("Nationality").selectOption({ label: "Romania" });
    await page.getByLabel("Number of children").fill("2");
    await page.getByLabel("She needs an interpreter").check();
    await page.getByLabel("Language to interpret").selectOption({ label: "Bini" });
    await page.getByLabel("Interpreter", { exact: true }).selectOption("woman");
    await page.getByLabel("How", { exact: true }).selectOption("in-person");
    await page.getByLabel("In person", { exact: true }).check();
    await page.getByLabel("Messenger app").check();
    await page.getByLabel("Evenings (18–21)").check();
    await page.getByLabel(/Never leave a message/).check();
    await page.getByLabel("Code word (optional)").fill("Sunflower");
    await page.getByLabel("Language 1", { exact: true }).selectOption({ label: "English" });
    await page.getByLabel("Language 2", { exact: true }).selectOption({ label: "Nigerian Pidgin" });
    await page.getByLabel("Sexual exploitation").check();
    await page.getByLabel("Domestic servitude").check();
    await page.getByLabel("Where she lives now").selectOption({ label: "Mixed reception centre (women and men)" });
    await page.getByRole("button", { name: "Record new client" }).click();

    await expect.poll(() => page.locator("#nationality-error").textContent()).toContain("do not fit together");
    expect(await page.getByLabel("Messenger app").isChecked()).toBe(true);
    expect(await page.getByLabel("Language to interpret").inputValue()).toBe("bin");
    expect(await page.getByLabel("Number of children").inputValue()).toBe("2");
    expect(await page.getByLabel("Code word (optional)").inputValue()).toBe("Sunflower");
    expect(await page.getByLabel("Language 2", { exact: true }).inputValue()).toBe("pcm");
    expect(await page.getByLabel("Domestic servitude").isChecked()).toBe(true);
    expect(await page.getByLabel("Where she lives now").inputValue()).toBe("mixed-reception-centre");
    await screenshot(page, "intake-facts-error-nojs");

    await page.getByLabel("Nationality").selectOption({ label: "Nigeria" });
    await page.getByRole("button", { name: "Record new client" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Iris Intake");
    clientPath = new URL(page.url()).pathname;
    const facts = await profile(page).innerText();
    expect(facts).toContain("Nigeria");
    expect(facts).toContain("Only by: Messenger app, In person");
    expect(facts).toContain("Never by: Phone call, Text message (SMS), Email, Letter by post");
    expect(facts).toContain("Never leave a message");
    expect(facts).toContain("Bini · A woman interpreter only · In person");
    expect(facts).toContain("English, Nigerian Pidgin");
    expect(facts).toContain("Sexual exploitation, Domestic servitude");
    expect(facts).toContain("Mixed reception centre (women and men)");
    expect(facts).toContain("Code word: Sunflower");
    // Her code word is on her record only: never in the caseload.
    await page.goto("/");
    await page.locator("table.caseload").waitFor();
    expect(await page.content()).toContain("Iris Intake");
    expect(await page.content()).not.toContain("Sunflower");
    await context.close();
  });

  it("adds each child's age and home on her profile, the lines there after the number was saved", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.goto(clientPath);
    await page.getByText("Edit her profile").click();
    await page.getByRole("group", { name: "Child 1" }).getByLabel("Age in years").fill("4");
    await page.getByRole("group", { name: "Child 1" }).getByLabel("Lives").selectOption("with-her");
    await page.getByRole("group", { name: "Child 2" }).getByLabel("Age in years").fill("9");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect.poll(() => page.locator("#child-1-livesWith-error").count()).toBe(1);
    expect(await page.getByRole("group", { name: "Child 1" }).getByLabel("Age in years").inputValue()).toBe("4");
    await page.getByRole("group", { name: "Child 2" }).getByLabel("Lives").selectOption("abroad");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect.poll(() => profile(page).innerText()).toContain("4 years, with her");
    expect(await profile(page).innerText()).toContain("9 years, abroad");
    expect(await profile(page).innerText()).toContain("Only by: Messenger app, In person");
    await context.close();
  });

  it("shows her safe-contact rules with her contact details when they are revealed", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.goto(`${clientPath}/identity`);
    await page.getByLabel("Contact (phone or email)").fill("+49 30 0000001");
    await page.getByRole("button", { name: "Save identity details" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Identity details saved.");
    await page.getByLabel("Reason").selectOption("her-request");
    await page
      .getByLabel("Why do you need to see her identity now?")
      .fill("She asked us to check the number we have for her.");
    await page.getByRole("button", { name: "Show identity details" }).click();
    await expect.poll(() => page.locator(".revealed").textContent()).toContain("+49 30 0000001");
    const revealed = await page.locator(".revealed").innerText();
    expect(revealed).toContain("Never by: Phone call, Text message (SMS), Email, Letter by post");
    expect(revealed).toContain("Never leave a message");
    await context.close();
  });

  it("gives her a subject-access document in her language, in words: no JSON, no message keys, access grouped", async () => {
    const clientId = clientPath.split("/").pop() ?? "";
    const api = await signInOverHttp(stage.app.baseUrl, "caseworker@demo.test", "gesim-demo-2026");
    await api.mutation("assessments.createNeeds", {
      clientId,
      assessment: { assessedOn: "2026-11-03", needs: { accommodation: { level: "urgent" } } },
    });
    const { context, page } = await signIn(stage, "manager@demo.test");
    await page.goto(`/clients/${clientId}/subject-access?lang=de`);
    const document = page.locator("article.subject-access");
    await document.waitFor();
    const text = await document.innerText();
    expect(text).toContain("Staatsangehörigkeit");
    expect(text).toContain("Nigeria");
    expect(text).toContain("Nie per:");
    expect(await page.getByRole("table", { name: /Bedarfserhebung/ }).innerText()).toMatch(
      /Sichere Unterkunft\s+Dringender Bedarf/,
    );
    expect(text).toMatch(/hat Ihre Akte angesehen \(\d+-mal\)/);
    expect(text).not.toMatch(/[{}]|\b(domain|need|risk|sar|client)\.[a-z-]+/);
    await screenshot(page, "subject-access-de");
    await context.close();
  });

  it.each([320, 390])("reflows at %i px with no serious axe violation (intake and her overview)", async (width) => {
    const { context, page } = await signIn(stage, "caseworker@demo.test");
    await page.setViewportSize({ width, height: 700 });
    // With JavaScript the child lines follow the number as it is typed.
    await page.goto("/clients/new");
    await page.getByLabel("Number of children").fill("3");
    await expect.poll(() => page.getByRole("group", { name: /^Child \d$/ }).count()).toBe(3);
    for (const path of ["/clients/new", clientPath]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
    await screenshot(page, `intake-facts-overview-${width}`);
    await context.close();
  });
});
