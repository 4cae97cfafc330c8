// A caseworker's "My work" (issue 16): a woman recorded over the API with a step past its
// date, one due this week, and a review due; the inbox lists them overdue first and leads to
// her plan, without JavaScript; her overview lists what is due for her. Then 320 and 390 px.
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { signIn, useStage } from "../support/session.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const stage = useStage();
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
let clientId = "";

async function recordWomanWithSteps() {
  const api = await signInOverHttp(stage.app.baseUrl, "caseworker@demo.test", "gesim-demo-2026");
  const client = await api.mutation<{ id: string }>("clients.create", {
    isAdult: true,
    pseudonym: "Rowan Inbox",
    firstContactDate: dayFromToday(-30),
    nextReviewDate: dayFromToday(3),
    childrenCount: 0,
    isPregnant: false,
    languages: ["ro"],
    needsInterpreter: false,
    identificationStatus: "not-assessed",
    cooperationWithAuthorities: "not-asked",
    isInTrainingOrWork: false,
  });
  clientId = client.id;
  // Her consent to the use of her story lapses in twenty days: time to ask her again.
  await api.mutation("consents.create", {
    clientId,
    consent: {
      purpose: "story-use",
      givenOn: dayFromToday(-30),
      recordedHow: "verbal-witnessed",
      expiresOn: dayFromToday(20),
    },
  });
  const plan = await api.mutation<{ id: string; version: number }>("plans.create", { clientId });
  let version = plan.version;
  for (const [actionId, dueDate] of [
    ["language-level-test", dayFromToday(5)],
    ["language-course", dayFromToday(-2)],
  ] as const) {
    await api.mutation("plans.addAction", {
      clientId,
      planId: plan.id,
      version,
      action: { domain: "language", actionId, status: "planned", dueDate },
    });
    version = (await api.query<{ plan: { version: number } }>("plans.get", { clientId })).plan.version;
  }
}

describe("My work", () => {
  it("lists her overdue step first, then what is due soon, and leads to her plan (no JavaScript)", async () => {
    await recordWomanWithSteps();
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.getByRole("link", { name: "My work" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("My work");
    const overdue = page.locator("section", { has: page.getByRole("heading", { name: /^Overdue/ }) });
    const ours = overdue.locator("li", { hasText: "Rowan Inbox" });
    expect(await ours.innerText()).toContain("Language course: was due on");
    const soon = page.locator("section", { has: page.getByRole("heading", { name: /^Due soon/ }) });
    const soonText = await soon.locator("li", { hasText: "Rowan Inbox" }).allInnerTexts();
    expect(soonText.join("\n")).toContain("Language level test");
    expect(soonText.join("\n")).toContain("Plan review: due on");
    const renew = soon.locator("li", { hasText: "Rowan Inbox" }).filter({ hasText: "Renew her consent" });
    expect(await renew.innerText()).toMatch(/Renew her consent \(.+\): it expires on/);
    expect(await renew.getByRole("link").getAttribute("href")).toBe(`/clients/${clientId}#consents-heading`);
    await screenshot(page, "my-work-nojs");
    await ours.getByRole("link").click();
    await expect.poll(() => page.url()).toContain(`/clients/${clientId}/plan`);
    await page.goto(`/clients/${clientId}`);
    const herTasks = await page.locator("section[aria-labelledby=her-tasks-heading]").innerText();
    expect(herTasks).toContain("Language course: was due on");
    expect(herTasks).toContain("Renew her consent");
    await context.close();
  });

  it.each([320, 390])("reflows at %i px with no serious axe violation", async (width) => {
    const { context, page } = await signIn(stage, "caseworker@demo.test");
    await page.setViewportSize({ width, height: 700 });
    await page.goto("/my-work");
    await page.getByRole("heading", { level: 1, name: "My work" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `my-work-${width}`);
    await context.close();
  });

  it.each([false, true])(
    "her account page says what the daily e-mail holds and turns it off and on (JavaScript %s)",
    async (js) => {
      const { context, page } = await signIn(stage, "caseworker-b@demo.test", js);
      await page.goto("/account");
      const digest = page.locator("section[aria-labelledby=digest-title]");
      expect(await digest.innerText()).toContain("never a name");
      expect(await digest.locator("strong").innerText()).toBe("You get the daily e-mail.");
      await digest.getByRole("button", { name: "Turn the daily e-mail off" }).click();
      await expect.poll(() => digest.locator("strong").textContent()).toBe("You have turned the daily e-mail off.");
      if (js) expect(await seriousAxeViolations(page)).toEqual([]);
      await digest.getByRole("button", { name: "Turn the daily e-mail on" }).click();
      await expect.poll(() => digest.locator("strong").textContent()).toBe("You get the daily e-mail.");
      await context.close();
    },
  );
});
