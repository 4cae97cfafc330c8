// Issue 17, "How it is shown": day one of a real organisation, from an EMPTY database (no demo).
// The login page says how to create the first organisation; `npm run setup` creates it from the
// GESIM_SETUP_* variables; the new administrator adds a manager and a caseworker on the Staff
// page (one-time passwords shown once); the caseworker signs in with hers, must choose her own,
// enrols in two-step sign-in (recovery codes shown once), records a woman and starts her plan;
// a recovery code signs her in once, never twice. Requiring two-step sign-in of managers, a
// manager's password alone enrols no authenticator until an administrator approves it.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { currentTotp } from "@gesim/api";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../support/browser.ts";
import { useStage } from "../support/session.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const stage = useStage({}, { demo: false });

const ADMIN = { email: "leitung@frauenhaus.test", password: "erste-leitung-2026!", name: "Hanna Leitung" };
const CASEWORKER = { email: "beraterin@frauenhaus.test", name: "Mira Beraterin", own: "mira-eigenes-passwort" };
const MANAGER = { email: "teamleitung@frauenhaus.test", name: "Olga Teamleitung", own: "olga-eigenes-passwort" };
const oneTimePasswords: Record<string, string> = {};
const recoveryCodes: string[] = [];
let clientPath = "";

/** `npm run setup` against the server's database, answers from the environment only. */
function runSetup(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "setup"], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...stage.app.databaseEnv,
        GESIM_SETUP_ORGANISATION: "Frauenhaus Tag Eins e.V.",
        GESIM_SETUP_ADMIN_EMAIL: ADMIN.email,
        GESIM_SETUP_ADMIN_NAME: ADMIN.name,
        GESIM_SETUP_ADMIN_PASSWORD: ADMIN.password,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stage.browser.newContext({ baseURL: stage.app.baseUrl, locale: "en-GB" });
  return { context, page: await context.newPage() };
}

async function submitLogin(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();

async function addStaff(page: Page, person: { name: string; email: string }, role: string): Promise<string> {
  await page.getByLabel("Name", { exact: true }).fill(person.name);
  await page.locator("#new-email").fill(person.email);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Add member of staff" }).click();
  await expect.poll(() => page.getByRole("status").first().textContent()).toContain(`${person.name} was added.`);
  expect(await page.locator(".one-time-password").count()).toBe(1);
  return (await page.locator(".one-time-password").textContent()) ?? "";
}

async function chooseOwnPassword(page: Page, current: string, own: string) {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password (at least 12 characters)").fill(own);
  await page.getByLabel("New password again").fill(own);
  await page.getByRole("button", { name: "Change my password" }).click();
}

describe("day one of a real organisation, from an empty database", () => {
  it("set-up, the Staff page, and a caseworker's first day", async () => {
    const { context, page } = await newPage();
    await page.goto("/login");
    expect(await page.locator("body").textContent()).toContain("No organisation exists yet");

    // The operator stops the server (the embedded database takes no lock), runs setup, starts it again.
    await stage.app.kill("SIGTERM");
    const setup = await runSetup();
    expect(setup.code, setup.output).toBe(0);
    expect(setup.output).not.toContain(ADMIN.password);
    await stage.app.restart();

    await submitLogin(page, ADMIN.email, ADMIN.password);
    await expect.poll(() => heading(page)).toBe("Administration");
    await page.getByRole("link", { name: "Administration" }).click();
    await expect.poll(() => heading(page)).toBe("Staff");
    expect(await page.locator("table.staff-table tbody tr").count()).toBe(1);

    // Bad input loses nothing: her name stays, the email is marked.
    await page.getByLabel("Name", { exact: true }).fill(MANAGER.name);
    await page.locator("#new-email").fill("not-an-address");
    await page.getByRole("button", { name: "Add member of staff" }).click();
    await expect.poll(() => page.locator("#new-email-error").textContent()).toBe("Enter a valid email address.");
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe(MANAGER.name);

    oneTimePasswords.manager = await addStaff(page, MANAGER, "manager");
    oneTimePasswords.caseworker = await addStaff(page, CASEWORKER, "caseworker");
    expect(oneTimePasswords.manager).not.toBe(oneTimePasswords.caseworker);
    await expect.poll(() => page.locator("table.staff-table tbody tr").count()).toBe(3);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Shown once: reloading the page shows no password.
    await page.goto("/admin/staff");
    expect(await page.locator(".one-time-password").count()).toBe(0);

    // Her directory: two providers the caseworkers can refer to.
    await page.goto("/admin/providers");
    for (const [name, domain] of [
      ["Frauenhaus Nord", "accommodation"],
      ["Sprachschule Mitte", "language"],
    ] as const) {
      const add = page.locator("section[aria-labelledby=new-provider-title]");
      await add.getByLabel("Name").fill(name);
      await page.locator(`#new-domain-${domain}`).check();
      await page.locator("#new-isWomenOnly").check();
      await add.getByRole("button", { name: "Add to the directory" }).click();
      await expect.poll(() => page.locator("table tbody th", { hasText: name }).count()).toBe(1);
    }
    expect(await page.locator("table tbody th").allTextContents()).toEqual(
      expect.arrayContaining(["Frauenhaus Nord", "Sprachschule Mitte"]),
    );
    // Her time zone: "today" follows Berlin, not UTC.
    await page.goto("/admin/settings");
    await page.locator("#timeZone").selectOption("Europe/Berlin");
    await page.getByRole("button", { name: "Save the organisation's settings" }).click();
    await expect
      .poll(() => page.locator("p.notice[role=status]").textContent())
      .toBe("The organisation's settings were saved.");
    expect(await page.locator("#timeZone").inputValue()).toBe("Europe/Berlin");

    await page.goto("/admin/activity");
    const log = page.locator("table tbody");
    await expect.poll(() => log.textContent()).toContain("Added a member of staff");
    expect(await log.textContent()).toContain(ADMIN.name);
    expect(await log.textContent()).toContain(CASEWORKER.name);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();

    // The caseworker: her one-time password, then her own; then two-step sign-in.
    const her = await newPage();
    await submitLogin(her.page, CASEWORKER.email, oneTimePasswords.caseworker ?? "");
    await expect.poll(() => heading(her.page)).toBe("My account");
    await chooseOwnPassword(her.page, oneTimePasswords.caseworker ?? "", CASEWORKER.own);
    await expect.poll(() => heading(her.page)).toBe("Caseload");
    await her.page.goto("/account");
    const secret = (await her.page.locator("code.secret").textContent()) ?? "";
    await her.page.getByLabel("The 6-digit code your app shows").fill(currentTotp(secret, new Date()));
    await her.page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect.poll(() => her.page.locator("ul.recovery-codes li").count()).toBe(10);
    recoveryCodes.push(...(await her.page.locator("ul.recovery-codes code").allTextContents()));

    // She records a woman and starts her plan.
    await her.page.getByRole("link", { name: "New client" }).click();
    await her.page.getByLabel("Yes, she is an adult").check();
    await her.page.getByLabel("Pseudonym").fill("Erste Rose");
    await her.page.getByLabel("How she first came into contact").selectOption("street-unit");
    await her.page.getByLabel("Citizenship").selectOption("third-country");
    await her.page.getByLabel("Language 1", { exact: true }).selectOption({ label: "Romanian" });
    await her.page.getByRole("button", { name: "Record new client" }).click();
    await expect.poll(() => heading(her.page)).toBe("Erste Rose");
    clientPath = new URL(her.page.url()).pathname;
    await her.page.goto(`${clientPath}/plan`);
    await her.page.getByRole("button", { name: "Start her plan" }).click();
    await expect.poll(() => her.page.getByRole("button", { name: "Start her plan" }).count()).toBe(0);
    expect(await her.page.locator(".error-summary").count()).toBe(0);
    await her.context.close();
  });

  it("a recovery code signs her in once, never twice", async () => {
    for (const expected of ["Caseload", "again"]) {
      const { context, page } = await newPage();
      await submitLogin(page, CASEWORKER.email, CASEWORKER.own);
      await expect.poll(() => heading(page)).toBe("Two-step sign-in");
      await page.getByText("No phone at hand? Use a recovery code").click();
      await page.getByLabel("One of your recovery codes").fill(recoveryCodes[0] ?? "");
      await page.getByRole("button", { name: "Sign in with the recovery code" }).click();
      if (expected === "Caseload") await expect.poll(() => heading(page)).toBe("Caseload");
      else {
        await expect
          .poll(() => page.locator("#recoveryCode-error").textContent())
          .toBe("This recovery code is not valid or was already used.");
        expect(await seriousAxeViolations(page)).toEqual([]);
      }
      await context.close();
    }
  });

  it("requiring two-step sign-in of managers: her password alone enrols nothing until an administrator approves", async () => {
    const admin = await newPage();
    await submitLogin(admin.page, ADMIN.email, ADMIN.password);
    await expect.poll(() => heading(admin.page)).toBe("Administration");
    await admin.page.goto("/admin/staff");
    await admin.page.getByLabel("Programme manager", { exact: true }).check();
    await admin.page.getByRole("button", { name: "Save two-step sign-in rules" }).click();
    await expect.poll(() => admin.page.getByRole("status").textContent()).toContain("rules were saved");

    // Whoever holds the manager's password is stopped at the second step: no QR code, no key.
    const thief = await newPage();
    await submitLogin(thief.page, MANAGER.email, oneTimePasswords.manager ?? "");
    await expect.poll(() => heading(thief.page)).toBe("Two-step sign-in needs an administrator's approval");
    expect(await thief.page.locator("code.secret, img.qr").count()).toBe(0);
    await thief.page.goto("/clients/new");
    expect(new URL(thief.page.url()).pathname).toBe("/login/second-factor");
    await thief.context.close();

    // The administrator (having checked it is really her) approves; she enrols, then chooses her password.
    await admin.page
      .getByRole("row", { name: new RegExp(MANAGER.name) })
      .getByRole("button", { name: /Approve two-step set-up/ })
      .click();
    await expect.poll(() => admin.page.getByRole("status").textContent()).toContain("during the next 24 hours");
    const manager = await newPage();
    await submitLogin(manager.page, MANAGER.email, oneTimePasswords.manager ?? "");
    await expect.poll(() => heading(manager.page)).toBe("Set up two-step sign-in");
    const secret = (await manager.page.locator("code.secret").textContent()) ?? "";
    await manager.page.getByLabel("6-digit code").fill(currentTotp(secret, new Date()));
    await manager.page.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => manager.page.locator("ul.recovery-codes li").count()).toBe(10);
    await manager.page.getByRole("link", { name: /continue/ }).click();
    await expect.poll(() => heading(manager.page)).toBe("My account");
    await chooseOwnPassword(manager.page, oneTimePasswords.manager ?? "", MANAGER.own);
    await expect.poll(() => heading(manager.page)).toBe("Caseload");
    await admin.page.goto("/admin/activity?area=staff");
    expect(await admin.page.locator("table tbody").textContent()).toContain("Approved setting up two-step sign-in");
    // The manager sees who did what to the woman the caseworker recorded.
    await manager.page.goto(`${clientPath}/audit`);
    await expect.poll(() => manager.page.locator("table tbody tr").count()).toBeGreaterThan(0);
    expect(await manager.page.locator("main").textContent()).toContain(CASEWORKER.name);
    expect(await seriousAxeViolations(manager.page)).toEqual([]);
    await manager.context.close();
    await admin.context.close();
  });
});
