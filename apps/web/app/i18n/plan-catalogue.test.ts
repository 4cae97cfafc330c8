// Her printed plan (page and PDF) in every plan language (issue 18): every key the plan asks
// for is in each plan language's catalogue, with the English placeholders.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PLAN_DOCUMENT_KEYS, PLAN_LOCALES } from "@gesim/core";
import { describe, expect, it } from "vitest";
import { catalogueFor, planCatalogueFor } from "./catalogue.server.ts";

const APP = join(dirname(fileURLToPath(import.meta.url)), "..");
// What the printed plan and its PDF draw: the page's plan, its step timings and the PDF.
const PLAN_FILES = [
  "components/plan/printable-plan.tsx",
  "components/plan/print-when.ts",
  "routes/clients/plan/plan-pdf.server.ts",
];
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const keys = new Set<string>(PLAN_DOCUMENT_KEYS);

describe("the plan-document keys", () => {
  const sources = PLAN_FILES.map((file) => readFileSync(join(APP, file), "utf8"));
  it("are every key the printed plan and its PDF ask for", () => {
    const literals = sources.flatMap((text) =>
      [...text.matchAll(/\bt\(\s*"([A-Za-z][\w.-]*)"/g)].map((m) => m[1] ?? ""),
    );
    expect(literals.length).toBeGreaterThan(15);
    expect(literals.filter((key) => !keys.has(key))).toEqual([]);
    // Built keys: domain titles beside her goals. Action descriptions come from core's actions.
    const built = sources.flatMap((text) => [...text.matchAll(/\bt\(\s*`([A-Za-z][\w.-]*\.)\$\{[^}]*\}([\w.]*)`/g)]);
    expect(built.map((m) => `${m[1]}…${m[2]}`).sort()).toEqual(["domain.….title", "domain.….title"]);
  });
});

describe.each(PLAN_LOCALES)("her plan in %s", (locale) => {
  const english = catalogueFor("en");
  const catalogue = planCatalogueFor(locale);
  it("has every plan-document key, none empty, with the English placeholders", () => {
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(catalogue[key]?.trim(), `${locale}:${key}`).toBeTruthy();
      expect(placeholders(catalogue[key] ?? ""), `${locale}:${key}`).toEqual(placeholders(english[key] ?? ""));
    }
  });
});
