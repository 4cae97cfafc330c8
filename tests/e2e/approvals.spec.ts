// The manager's approval queue (issue 16): a woman recorded over the API, her plan submitted;
// the manager approves it from the queue without JavaScript; a step added afterwards shows as
// "Changed since approval" in the queue and on the plan, and she approves it again. Then the
// queue at 320 and 390 px: no horizontal scrolling, no serious axe violation.
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { signIn, useStage } from "../support/session.ts";
import { signInOverHttp, type TrpcHttp } from "../support/trpc-http.ts";

const stage = useStage();
const PASSWORD = "gesim-demo-2026";
type Plan = { plan: { id: string; version: number; status: string } | null };

let caseworker: TrpcHttp;
let clientId = "";
let planId = "";

async function currentVersion(): Promise<number> {
  return (await caseworker.query<Plan>("plans.get", { clientId })).plan?.version ?? 0;
}

async function recordWomanWithSubmittedPlan() {
  caseworker = await signInOverHttp(stage.app.baseUrl, "caseworker@demo.test", PASSWORD);
  const client = await caseworker.mutation<{ id: string }>("clients.create", {
    isAdult: true,
    pseudonym: "Hazel Queue",
    firstContactDate: "2026-11-02",
    childrenCount: 0,
    isPregnant: false,
    languages: ["ro"],
    needsInterpreter: false,
    identificationStatus: "not-assessed",
    cooperationWithAuthorities: "not-asked",
    isInTrainingOrWork: false,
  });
  clientId = client.id;
  const plan = await caseworker.mutation<{ id: string; version: number }>("plans.create", { clientId });
  planId = plan.id;
  await caseworker.mutation("plans.addGoal", {
    clientId,
    planId,
    version: plan.version,
    goal: { domain: "legal", text: "Papers so I can stay", inHerOwnWords: true, currentGasLevel: -1, weight: 1 },
  });
  await caseworker.mutation("plans.submit", { clientId, planId, version: await currentVersion() });
}

describe("the approval queue", () => {
  it("approves a submitted plan from the queue, then flags and re-approves it after a step is added (no JavaScript)", async () => {
    await recordWomanWithSubmittedPlan();
    const { context, page } = await signIn(stage, "manager@demo.test", false);
    await page.getByRole("link", { name: "Approvals" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Plans waiting for approval");
    const item = page.locator("li.approval-item", { has: page.getByRole("heading", { name: "Hazel Queue" }) });
    expect(await item.innerText()).toContain("Submitted on");
    await item.getByRole("button", { name: "Return the plan of Hazel Queue" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Write what should change");
    // Her plan leaves principles unmet: the queue says which, and approving asks to confirm them.
    const unmet = await item.locator(".unmet-principles").innerText();
    expect(unmet).toMatch(/Principles left unmet: [1-9]\d*/);
    expect(unmet).toMatch(/^P\d+ /m);
    await item.getByRole("button", { name: "Approve the plan of Hazel Queue" }).click();
    await expect
      .poll(() => item.getByRole("alert").first().textContent())
      .toContain("Confirm that you approve it with these open gaps");
    expect(await item.getByLabel(/approve this plan with these open gaps/).getAttribute("aria-invalid")).toBe("true");
    // axe runs in the page, so only with JavaScript: the 320 and 390 px tests below run it.
    await screenshot(page, "approvals-confirm-gaps-nojs");
    await item.getByLabel(/approve this plan with these open gaps/).check();
    await item.getByRole("button", { name: "Approve the plan of Hazel Queue" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("The plan of Hazel Queue is approved.");
    expect(await item.count()).toBe(0);

    await caseworker.mutation("plans.addAction", {
      clientId,
      planId,
      version: await currentVersion(),
      action: { domain: "language", actionId: "language-course", status: "planned" },
    });
    await page.goto("/approvals");
    const changed = page.locator("li.approval-item", { has: page.getByRole("heading", { name: "Hazel Queue" }) });
    expect(await changed.innerText()).toContain("Changed since approval");
    expect(await changed.innerText()).toContain("Step added (Language): Language course");
    await screenshot(page, "approvals-changed-nojs");
    await page.goto(`/clients/${clientId}/plan`);
    expect(await page.locator("section.workflow").innerText()).toContain("Changed since approval");
    await page.goto("/approvals");
    await changed.getByLabel(/approve this plan with these open gaps/).check();
    await changed.getByRole("button", { name: "Approve the plan of Hazel Queue" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("The plan of Hazel Queue is approved.");
    expect(await changed.count()).toBe(0);
    await context.close();
  });

  it.each([320, 390])("reflows at %i px with no serious axe violation (queue and her changed plan)", async (width) => {
    await caseworker.mutation("plans.addAction", {
      clientId,
      planId,
      version: await currentVersion(),
      action: { domain: "language", actionId: "language-level-test", status: "planned" },
    });
    const { context, page } = await signIn(stage, "manager@demo.test");
    await page.setViewportSize({ width, height: 700 });
    await page.goto("/approvals");
    await page.getByRole("heading", { name: "Hazel Queue" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Her plan, with its "Changed since approval" notice and the manager's decision forms.
    await page.goto(`/clients/${clientId}/plan`);
    await page.locator("section.workflow").getByText("Changed since approval").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `approvals-${width}`);
    await context.close();
  });
});
