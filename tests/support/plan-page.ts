import type { Locator, Page } from "playwright-core";

/** Opens (if closed) one of the plan page's "Add a goal" / "Add a step" boxes; works with or without JavaScript. */
export async function openAddBox(page: Page, name: string): Promise<Locator> {
  const box = page.locator("details.add-box", { has: page.locator(":scope > summary", { hasText: name }) });
  if ((await box.getAttribute("open")) === null) await box.locator(":scope > summary").click();
  return box;
}

/** The principle panel's entry for principle 3 (motherhood and children). */
export const p3 = (page: Page) => page.locator('li[data-principle="principle-03"]');
