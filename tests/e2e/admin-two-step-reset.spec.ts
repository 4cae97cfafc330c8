// An administrator resets the two-step sign-in of a member of staff who lost her phone
// (issue 17): a second step asks to confirm, without JavaScript; the member's own row says an
// administrator cannot reset her own second factor here. Then with JavaScript, and axe.
import { currentTotp } from "@gesim/api";
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { useStage } from "../support/session.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const stage = useStage();
const PASSWORD = "lost-phone-password-1";

/** The administrator signed in (she lands on the administration, not a caseload). */
async function adminSignedIn(javaScriptEnabled: boolean) {
  const context = await stage.browser.newContext({ baseURL: stage.app.baseUrl, javaScriptEnabled, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email address").fill("admin@demo.test");
  await page.getByLabel("Password").fill("gesim-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => new URL(page.url()).pathname).not.toBe("/login");
  return { context, page };
}

/** A new member of staff, added by the administrator, who set up an authenticator herself. */
async function enrolledMember(email: string, displayName: string) {
  const admin = await signInOverHttp(stage.app.baseUrl, "admin@demo.test", "gesim-demo-2026");
  await admin.mutation("admin.users.create", { email, displayName, role: "caseworker", initialPassword: PASSWORD });
  const her = await signInOverHttp(stage.app.baseUrl, email, PASSWORD);
  const { secret } = await her.mutation<{ secret: string }>("auth.totp.begin", undefined);
  await her.mutation("auth.totp.enable", { code: currentTotp(secret, new Date()) });
}

describe("resetting a lost second factor", () => {
  it.each([false, true])("asks to confirm, then resets it (JavaScript: %s)", async (js) => {
    const name = js ? "Lost Phone Js" : "Lost Phone NoJs";
    const email = js ? "lost-js@demo.test" : "lost-nojs@demo.test";
    await enrolledMember(email, name);
    const { context, page } = await adminSignedIn(js);
    await page.goto("/admin/staff");
    const row = page.locator("tr", { has: page.getByRole("rowheader", { name }) });
    const twoStep = row.locator("td").nth(3);
    expect(await twoStep.textContent()).toBe("On");
    const me = page.locator("tr", { has: page.getByRole("rowheader", { name: "Demo Admin" }) });
    expect(await me.innerText()).toContain("can only be reset by another administrator");
    expect(await me.getByRole("button", { name: /Reset two-step sign-in/ }).count()).toBe(0);
    await row.getByRole("button", { name: `Reset two-step sign-in ${name}` }).click();
    const confirm = page.locator("section.confirm-reset");
    await expect.poll(() => confirm.getByRole("heading").textContent()).toBe(`Reset the two-step sign-in of ${name}?`);
    // Nothing has changed yet.
    expect(await twoStep.textContent()).toBe("On");
    // axe runs in the page: only with JavaScript.
    if (js) expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `admin-reset-two-step-confirm-${js ? "js" : "nojs"}`);
    await confirm.getByRole("button", { name: `Yes, reset the two-step sign-in of ${name}` }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toBe("Her two-step sign-in is reset. She sets up a new authenticator at her next sign-in.");
    // Her authenticator is gone; setting up a new one is approved for the next hours.
    await expect.poll(() => twoStep.textContent()).toMatch(/^Set-up approved until /);
    expect(await row.getByRole("button", { name: /Reset two-step sign-in/ }).count()).toBe(0);
    await context.close();
    // She signs in with her password alone now (her role does not require two-step sign-in).
    const her = await signInOverHttp(stage.app.baseUrl, email, PASSWORD);
    expect(await her.query<{ totpEnabled: boolean }>("auth.totp.status", undefined)).toMatchObject({
      totpEnabled: false,
    });
  });
});
