// The overview's profile edit, sharing with a colleague, a manager's assignment, and the
// responsible worker of a plan step picked from the organisation's staff.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { signIn, useStage } from "../support/session.ts";

let clientPath = "";

const stage = useStage();

const status = (page: Page) => page.locator("p.notice[role=status]").textContent();
const team = (page: Page) => page.locator("section[aria-labelledby=team-heading]");

describe("her profile and who works with her", () => {
  it("edits her profile: bad input is explained and kept, good input saved", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    clientPath = (await page.locator("table.caseload tbody tr th a").first().getAttribute("href")) ?? "";
    await page.goto(clientPath);
    const edit = page.locator("details.profile-edit");
    await edit.locator("summary").click();
    await edit.getByLabel("Number of children").fill("21");
    await edit.getByLabel("Language 1", { exact: true }).selectOption({ label: "Romanian" });
    await edit.getByLabel("Language 2", { exact: true }).selectOption({ label: "Italian" });
    await edit.getByRole("button", { name: "Save profile" }).click();
    await expect.poll(() => page.locator("#childrenCount-error").count()).toBe(1);
    expect(await page.locator("#childrenCount").getAttribute("aria-describedby")).toContain("childrenCount-error");
    expect(await page.locator("#childrenCount").inputValue()).toBe("21");
    expect(await page.locator("#language-0").inputValue()).toBe("ro");
    expect(await page.locator("#language-1").inputValue()).toBe("it");
    await page.locator("#childrenCount").fill("2");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect.poll(() => status(page)).toBe("Her profile is saved.");
    const facts = page.locator("dl").filter({ has: page.locator("dt", { hasText: "Children" }) });
    expect(await facts.locator("dt:has-text('Children') + dd").textContent()).toBe("2");
    await screenshot(page, "team-01-profile-saved");
    await context.close();
  });

  it("lets her caseworker share the case with a colleague and stop sharing", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test");
    await page.goto(clientPath);
    await team(page).getByRole("button", { name: "Share" }).click();
    await expect
      .poll(() => page.locator("#share-userId-error").textContent())
      .toBe("Choose a colleague from the list.");
    await page.locator("#share-userId").selectOption({ label: "Demo Caseworker B" });
    await team(page).getByRole("button", { name: "Share" }).click();
    await expect.poll(() => status(page)).toBe("Her case is now shared.");
    // The status and the revalidated team can arrive in separate renders: wait for the team too.
    await expect.poll(() => team(page).locator(".team-list li").first().textContent()).toContain("Demo Caseworker B");
    expect(await page.locator("#share-userId option", { hasText: "Demo Caseworker B" }).count()).toBe(0);
    await screenshot(page, "team-02-shared");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await team(page).getByRole("button", { name: "Stop sharing with Demo Caseworker B" }).click();
    await expect.poll(() => status(page)).toBe("Her case is no longer shared with that colleague.");
    await expect.poll(() => team(page).textContent()).toContain("Not shared with anyone else.");
    // Only a manager assigns.
    expect(await page.locator("#assign-userId").count()).toBe(0);
    await context.close();
  });

  it("lets a manager make another caseworker responsible", async () => {
    const { context, page } = await signIn(stage, "manager@demo.test");
    await page.goto(clientPath);
    await page.locator("#assign-userId").selectOption({ label: "Demo Caseworker B" });
    await team(page).getByRole("button", { name: "Assign" }).click();
    await expect.poll(() => status(page)).toBe("Another caseworker is now responsible for her.");
    await expect.poll(() => team(page).locator("p").first().textContent()).toBe("Caseworker: Demo Caseworker B");
    await context.close();
  });

  it("offers the organisation's staff as the responsible worker of a plan step", async () => {
    const { context, page } = await signIn(stage, "manager@demo.test");
    await page.goto(`${clientPath}/plan`);
    const options = await page
      .locator('select[name="responsibleWorkerId"]')
      .first()
      .locator("option")
      .allTextContents();
    expect(options).toEqual(expect.arrayContaining(["Demo Caseworker", "Demo Caseworker B", "Demo Manager"]));
    expect(options).not.toContain("Second NGO Caseworker");
    expect(options).not.toContain("Demo Funder");
    await context.close();
  });
});
