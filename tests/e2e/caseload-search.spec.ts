// Issue 14, item 8, in the browser: a caseload search, with and without JavaScript, never puts
// the term in the address bar (nor in any link a Referer or a bookmark could carry).
import { describe, expect, it } from "vitest";
import { signIn, useStage } from "../support/session.ts";

const stage = useStage();

describe("caseload search", () => {
  it.each([true, false])("finds a client without the term in the URL (JavaScript: %s)", async (javaScript) => {
    const { context, page } = await signIn(stage, "manager@demo.test", javaScript);
    const pseudonym = (await page.locator("table.caseload tbody tr th a").first().textContent()) ?? "";
    expect(pseudonym).not.toBe("");
    const term = pseudonym.slice(0, 5);
    await page.getByLabel("Search pseudonym").fill(term);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has("s")).toBe(true);
    expect(page.url().toLowerCase()).not.toContain(term.toLowerCase());
    await expect.poll(() => page.locator("table.caseload tbody tr th a").allTextContents()).toContain(pseudonym);
    // The box still shows her term; no link on the page carries it.
    expect(await page.getByLabel("Search pseudonym").inputValue()).toBe(term);
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) expect(href.toLowerCase()).not.toContain(term.toLowerCase());
    await context.close();
  });
});
