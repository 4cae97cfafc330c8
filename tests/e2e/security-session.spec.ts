// Security headers in a real browser (CSP with a nonce, no-referrer forms without JavaScript)
// and the idle warning and sign-out, on a server whose sessions end after 20 idle seconds.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { signIn, useStage } from "../support/session.ts";

// 20 s idle: the warning shows 14 s after the last request, the page leaves after 22 s.
const IDLE_SECONDS = 20;
const LONG_WAIT = { timeout: 45_000, interval: 250 };

const stage = useStage({ GESIM_SESSION_IDLE_SECONDS: String(IDLE_SECONDS) });

const h1 = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();

describe("security headers in the browser", () => {
  it("runs only scripts that carry the response's nonce", async () => {
    const context = await stage.browser.newContext({ baseURL: stage.app.baseUrl, locale: "en-GB" });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    const response = await page.goto("/login");
    const headers = response?.headers() ?? {};
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1] ?? "";
    expect(nonce.length).toBeGreaterThan(15);
    expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["cache-control"]).toBe("no-store");
    expect(headers["strict-transport-security"]).toBeUndefined(); // plain http here
    // React Router's inline scripts carry the nonce and ran: the app hydrated.
    const inlineNonces = await page
      .locator("script:not([src])")
      .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
    expect(inlineNonces.length).toBeGreaterThan(0);
    expect(new Set(inlineNonces)).toEqual(new Set([nonce]));
    await expect.poll(() => page.evaluate(() => "__reactRouterRouteModules" in window)).toBe(true);
    expect(problems).toEqual([]);
    // An injected inline script without the nonce is refused; the same with the nonce runs.
    const ran = await page.evaluate(async (validNonce) => {
      const results: Record<string, unknown> = {};
      const violations: string[] = [];
      const refused = new Promise((resolve) =>
        document.addEventListener("securitypolicyviolation", (event) => {
          violations.push(event.effectiveDirective);
          resolve(undefined);
        }),
      );
      for (const [name, withNonce] of [
        ["without", false],
        ["with", true],
      ] as const) {
        const script = document.createElement("script");
        if (withNonce) script.nonce = validNonce;
        script.textContent = `window.__injected_${name} = true;`;
        document.body.append(script);
      }
      await refused; // the refusal is reported as an event after the append
      const flags = window as unknown as Record<string, unknown>;
      results.without = flags.__injected_without ?? false;
      results.with = flags.__injected_with ?? false;
      results.violations = violations;
      return results;
    }, nonce);
    expect(ran).toEqual({ without: false, with: true, violations: ["script-src-elem"] });
    await context.close();
  });

  it("sends forms without JavaScript under no-referrer (the browser's Origin: null is accepted only from our own pages)", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.locator("table.caseload tbody tr th a").first().click();
    await page.locator("#language-select").selectOption("de");
    const sent = page.waitForRequest((request) => request.method() === "POST");
    await page.locator("form:has(#language-select)").getByRole("button", { name: "Change" }).click();
    const headers = await (await sent).allHeaders();
    // What no-referrer makes Chromium send for a same-origin form (Fetch standard).
    expect([headers.origin, headers["sec-fetch-site"], headers.referer]).toEqual(["null", "same-origin", undefined]);
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("de");
    expect(new URL(page.url()).pathname).toMatch(/^\/clients\/[0-9a-f-]{36}$/);
    const refused = await fetch(`${stage.app.baseUrl}/language`, {
      method: "POST",
      headers: { origin: "null", "sec-fetch-site": "cross-site" },
      body: new URLSearchParams({ locale: "it" }),
    });
    expect(refused.status).toBe(403);
    await context.close();
  });
});

describe("client pages", () => {
  it("are never cached and have exactly one title", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", true);
    const href = (await page.locator("table.caseload tbody tr th a").first().getAttribute("href")) ?? "";
    for (const path of ["", "/plan", "/assessments", "/reviews", "/notes", "/identity", "/plan/print"]) {
      const response = await page.goto(`${href}${path}`);
      const cacheControl = response?.headers()["cache-control"] ?? "";
      expect([path, cacheControl.split(", ").includes("no-store")]).toEqual([path, true]);
      expect([path, await page.evaluate(() => document.querySelectorAll("title").length)]).toEqual([path, 1]);
    }
    expect(await page.title()).toBe("Printable plan · GeSIM Planner");
    await page.goto(`${href}/plan`);
    expect(await page.title()).toMatch(/^Integration plan · .+ · GeSIM Planner$/);
    await context.close();
  });
});

describe("idle sign-out", () => {
  it("warns before the session ends, keeps it on 'Stay signed in', and signs out at the end (JavaScript)", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", true);
    const dialog = page.getByRole("alertdialog", { name: "You will soon be signed out" });
    expect(await dialog.count()).toBe(0);
    await expect.poll(() => dialog.isVisible(), LONG_WAIT).toBe(true);
    const stay = dialog.getByRole("button", { name: "Stay signed in" });
    await expect.poll(() => stay.evaluate((button) => button === document.activeElement)).toBe(true);
    await screenshot(page, "idle-01-warning");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await stay.click();
    await expect.poll(() => dialog.count()).toBe(0);
    // The warning comes back only after another 14 s: by then the session would have ended
    // (20 s after sign-in) had "Stay signed in" not moved it on. A fresh load proves it lives.
    await expect.poll(() => dialog.isVisible(), LONG_WAIT).toBe(true);
    await page.reload();
    expect(await h1(page)).toBe("Caseload");
    await expect.poll(() => page.url(), LONG_WAIT).toBe(`${stage.app.baseUrl}/login`);
    expect(await h1(page)).toBe("Sign in");
    expect(await page.getByRole("status").textContent()).toBe(
      "You were signed out because nothing was sent for a while. Sign in again to continue.",
    );
    expect((await context.cookies()).find((cookie) => cookie.name === "gesim_session")).toBeUndefined();
    await screenshot(page, "idle-02-signed-out");
    await context.close();
  });

  it("shows the same warning and form without JavaScript, and leaves for the login page at the end", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    const dialog = page.locator(".idle-warning");
    expect(await dialog.isVisible()).toBe(false);
    await expect.poll(() => dialog.isVisible(), LONG_WAIT).toBe(true);
    await screenshot(page, "idle-03-warning-no-js");
    await dialog.getByRole("button", { name: "Stay signed in" }).click();
    await expect.poll(() => h1(page)).toBe("Caseload");
    expect(new URL(page.url()).pathname).toBe("/");
    await expect.poll(() => new URL(page.url()).pathname, LONG_WAIT).toBe("/login");
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe("You were signed out because nothing was sent for a while. Sign in again to continue.");
    await context.close();
  });
});
