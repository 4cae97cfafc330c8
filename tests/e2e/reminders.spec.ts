// Reminders to her (issue 19), for a woman created through the API: the caseworker drafts one
// from her appointment, without and with JavaScript; only the channels she allowed are offered,
// "never leave a message" and her safe times come first, the message is in her language and
// never carries the code word. Then her subject-access document lists her appointments,
// documents, forms of exploitation, housing and safe-contact rules.
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { signIn, useStage } from "../support/session.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const stage = useStage();
const CODE_WORD = "Amber Finch";
const IN_FIVE_DAYS = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
let clientId = "";

async function newWomanWithAppointment(): Promise<string> {
  const api = await signInOverHttp(stage.app.baseUrl, "caseworker@demo.test", "gesim-demo-2026");
  const client = await api.mutation<{ id: string }>("clients.create", {
    isAdult: true,
    pseudonym: "Rosa Reminder",
    firstContactDate: "2026-11-02",
    childrenCount: 0,
    isPregnant: false,
    languages: ["ti", "de"],
    needsInterpreter: false,
    identificationStatus: "not-assessed",
    cooperationWithAuthorities: "not-asked",
    isInTrainingOrWork: false,
    exploitationForms: ["sexual"],
    housingSituation: "mixed-reception-centre",
    safeContact: {
      channels: ["letter", "in-person"],
      times: ["evening"],
      neverLeaveMessage: true,
      codeWord: CODE_WORD,
    },
  });
  await api.mutation("appointments.create", {
    clientId: client.id,
    appointment: {
      kind: "legal",
      date: IN_FIVE_DAYS,
      startTime: "14:30",
      durationMinutes: 60,
      mode: "in-person",
      place: "Fictional District Court, room 4",
    },
  });
  return client.id;
}

describe("drafting a reminder to her", () => {
  it("offers only her channels and drafts a neutral message in her language, without JavaScript", async () => {
    clientId = await newWomanWithAppointment();
    const { context, page } = await signIn(stage, "caseworker@demo.test", false);
    await page.goto(`/clients/${clientId}/appointments`);
    await page.getByRole("link", { name: /Draft a reminder/ }).click();
    await page.getByRole("heading", { name: "Draft a reminder" }).waitFor();
    const rules = await page.locator("section[aria-labelledby=reminder-rules-heading]").innerText();
    expect(rules).toContain("Never leave a message");
    expect(rules).toContain("Contact her only: Evenings (18–21).");
    expect(rules).toContain(CODE_WORD);
    const channels = page.getByRole("group", { name: "How will you contact her?" }).getByRole("radio");
    expect(await channels.count()).toBe(2);
    expect(await page.getByLabel("Phone call").count()).toBe(0);
    expect(await page.getByText("The message is in German, one of her languages.").count()).toBe(1);
    await page.getByLabel("Letter by post").check();
    await page.getByRole("button", { name: "Draft the message" }).click();
    const message = page.getByLabel("Message to copy (Letter by post)");
    await message.waitFor();
    const text = await message.inputValue();
    expect(text).toMatch(/^Hallo, dies ist eine Erinnerung an Ihren Termin am .+ um 14:30\./);
    expect(text).not.toContain(CODE_WORD);
    expect(text).not.toMatch(/Court|Gericht|Recht|GeSIM|NGO/);
    // The page says the app sends nothing.
    expect(await page.getByText(/The app sends nothing/).count()).toBe(1);
    await screenshot(page, "reminder-draft-nojs");
    await context.close();
    // The first test of the file also waits for its server's first pages (three minutes on a busy machine).
  }, 180_000);

  it("from her overview with JavaScript: a place only when added, no serious axe violation", async () => {
    const { context, page } = await signIn(stage, "caseworker@demo.test");
    await page.goto(`/clients/${clientId}`);
    await page
      .locator("section[aria-labelledby=upcoming-appointments-heading]")
      .getByRole("link", { name: /Draft a reminder/ })
      .click();
    await page.getByRole("heading", { name: "Draft a reminder" }).waitFor();
    await page.getByLabel("In person", { exact: true }).check();
    await page.getByLabel("Add a place (optional)").fill("the usual café");
    await page.getByRole("button", { name: "Draft the message" }).click();
    await expect
      .poll(() =>
        page
          .getByLabel("Message to copy (In person)")
          .inputValue()
          .catch(() => ""),
      )
      .toContain("Ort: the usual café.");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, "reminder-draft-320");
    await context.close();
  });

  it("lists her appointments, documents and safe-contact rules in her subject-access document", async () => {
    const api = await signInOverHttp(stage.app.baseUrl, "caseworker@demo.test", "gesim-demo-2026");
    const pdf = ["%PDF-1.4", "1 0 obj << /Type /Catalog >> endobj", "trailer << /Root 1 0 R >>", "%%EOF"].join("\n");
    await api.mutation("documents.upload", {
      clientId,
      kind: "permit-decision",
      title: "Permit decision",
      contentBase64: Buffer.from(pdf).toString("base64"),
    });
    const { context, page } = await signIn(stage, "manager@demo.test");
    await page.goto(`/clients/${clientId}/subject-access?lang=en`);
    const document = page.locator("article.subject-access");
    await document.waitFor();
    const appointments = await document.locator("section[aria-labelledby=sar-appointments]").innerText();
    expect(appointments).toContain("14:30, 60 min");
    expect(appointments).toContain("Fictional District Court, room 4");
    expect(await document.locator("section[aria-labelledby=sar-documents]").innerText()).toContain("Permit decision");
    const text = await document.innerText();
    expect(text).toContain("Sexual exploitation");
    expect(text).toContain("Mixed reception centre (women and men)");
    expect(text).toContain("Only by: Letter by post, In person");
    expect(text).toContain(CODE_WORD);
    await context.close();
  });
});
