import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { type AppServer, startAppServer } from "./app-server.ts";
import { launchBrowser } from "./browser.ts";

const DEMO_PASSWORD = "gesim-demo-2026";

export type Stage = { app: AppServer; browser: Browser };

/** One app server (with `extraEnv`) and one browser for a spec file, started before its tests. */
export function useStage(extraEnv: Record<string, string> = {}, options: { demo?: boolean } = {}): Stage {
  const stage = {} as Stage;
  beforeAll(async () => {
    [stage.app, stage.browser] = await Promise.all([startAppServer(extraEnv, options), launchBrowser()]);
  });
  afterAll(async () => {
    await stage.browser?.close();
    await stage.app?.stop();
  });
  return stage;
}

/** A new browser context signed in as a demo user, on her caseload. */
export async function signIn(
  stage: Stage,
  email: string,
  javaScriptEnabled = true,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stage.browser.newContext({ baseURL: stage.app.baseUrl, javaScriptEnabled, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Caseload");
  return { context, page };
}
