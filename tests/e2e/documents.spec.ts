// Documents on her record (issue 19): a caseworker uploads a permit scan for a woman created
// through the API, sees it listed, downloads the same bytes, and a renamed program is refused
// with a clear message; with and without JavaScript, checked with axe.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { signIn, useStage } from "../support/session.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const stage = useStage();

/** A small one-page PDF: the permit scan. */
function permitPdf(marker: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${marker}) Tj ET`;
  return Buffer.from(
    [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj",
      `4 0 obj << /Length ${stream.length} >> stream\n${stream}\nendstream endobj`,
      "trailer << /Root 1 0 R >>",
      "%%EOF",
    ].join("\n"),
  );
}

/** A Windows program's first bytes, named like a scan. */
const RENAMED_EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(58), Buffer.from("This program cannot be run")]);

async function newWoman(pseudonym: string): Promise<string> {
  const api = await signInOverHttp(stage.app.baseUrl, "caseworker@demo.test", "gesim-demo-2026");
  const client = await api.mutation<{ id: string }>("clients.create", {
    isAdult: true,
    pseudonym,
    firstContactDate: "2026-11-02",
    childrenCount: 0,
    isPregnant: false,
    languages: ["ro"],
    needsInterpreter: false,
    identificationStatus: "not-assessed",
    cooperationWithAuthorities: "not-asked",
    isInTrainingOrWork: false,
  });
  return client.id;
}

const status = (page: Page) => page.locator("p.notice[role=status]").textContent();

/** axe runs in the page's JavaScript (its timers never fire with scripts off): checked in the run with JavaScript. */
async function axeClean(page: Page, javaScriptEnabled: boolean) {
  if (javaScriptEnabled) expect(await seriousAxeViolations(page)).toEqual([]);
}

async function uploadAndDownload(javaScriptEnabled: boolean) {
  const pseudonym = javaScriptEnabled ? "Iris Scan" : "Juniper Scan";
  const clientId = await newWoman(pseudonym);
  const { context, page } = await signIn(stage, "caseworker@demo.test", javaScriptEnabled);
  await page.goto(`/clients/${clientId}`);
  await page.getByRole("navigation", { name: "Client pages" }).getByRole("link", { name: "Documents" }).click();
  await expect.poll(() => page.getByRole("heading", { name: "Add a document" }).count()).toBe(1);
  expect(await page.getByText("No documents yet.").count()).toBe(1);
  await axeClean(page, javaScriptEnabled);

  // A renamed program: refused with a clear message; the title she typed is kept.
  await page.getByLabel("Kind of document").selectOption({ label: "Permit decision" });
  await page.getByLabel("Title").fill("Residence permit decision");
  await page.getByLabel("File").setInputFiles({ name: "permit.pdf", mimeType: "application/pdf", buffer: RENAMED_EXE });
  await page.getByRole("button", { name: "Upload document" }).click();
  await expect
    .poll(() => page.locator("#document-file-error").textContent())
    .toBe(
      "This file is a program, not a document. Only PDF, JPEG and PNG files can be attached, whatever the file is called.",
    );
  expect(await page.getByLabel("Title").inputValue()).toBe("Residence permit decision");
  expect(await page.getByLabel("Kind of document").inputValue()).toBe("permit-decision");
  await axeClean(page, javaScriptEnabled);
  await screenshot(page, `documents-01-renamed-exe-${javaScriptEnabled ? "js" : "no-js"}`);

  // The permit scan: uploaded, listed.
  const pdf = permitPdf(`Permit ${pseudonym}`);
  await page.getByLabel("File").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Upload document" }).click();
  await expect.poll(() => status(page)).toBe("Document uploaded.");
  const item = page.locator("li.document-item", { hasText: "Residence permit decision" });
  await expect.poll(() => item.count()).toBe(1);
  expect(await item.textContent()).toContain("Permit decision");
  // The form starts empty again for the next document.
  expect(await page.getByLabel("Title").inputValue()).toBe("");
  await axeClean(page, javaScriptEnabled);
  await screenshot(page, `documents-02-listed-${javaScriptEnabled ? "js" : "no-js"}`);

  // Downloaded: the same bytes, as an attachment whose name says nothing about her.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    item.getByRole("link", { name: "Download “Residence permit decision”" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^permit-decision-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(download.suggestedFilename()).not.toContain(pseudonym.split(" ")[0]);
  const saved = await download.path();
  expect((await readFile(saved)).equals(pdf)).toBe(true);

  // The response headers of the same file.
  const href =
    (await item.getByRole("link", { name: "Download “Residence permit decision”" }).getAttribute("href")) ?? "";
  const response = await context.request.get(href);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="permit-decision-/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await response.body()).equals(pdf)).toBe(true);
  await context.close();
}

describe("documents on her record", () => {
  it("uploads a permit scan, lists it, downloads the same bytes and refuses a renamed program (JavaScript on)", async () => {
    await uploadAndDownload(true);
  });

  it("does the same without JavaScript", async () => {
    await uploadAndDownload(false);
  });

  it("shows the documents page in German and Italian without untranslated keys", async () => {
    const clientId = await newWoman("Laurel Sprache");
    for (const [locale, heading] of [
      ["de", "Dokument hinzufügen"],
      ["it", "Aggiungi un documento"],
    ] as const) {
      const { context, page } = await signIn(stage, "caseworker@demo.test");
      await context.addCookies([{ name: "gesim_lang", value: locale, url: stage.app.baseUrl }]);
      await page.goto(`/clients/${clientId}/documents`);
      await expect.poll(() => page.getByRole("heading", { name: heading }).count()).toBe(1);
      expect(await page.locator("main").textContent()).not.toMatch(/client\.documents\.|document\.kind\./);
      await context.close();
    }
  });
});
