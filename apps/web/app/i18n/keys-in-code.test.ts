// Every message key the code asks for exists in every language (issue 13, translations): a
// key spelt wrong or added to one catalogue only would otherwise reach the screen raw. Scans
// the web app for t("…") and t(`prefix.${…}`), and the API for the message keys of its errors.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LOCALES } from "@gesim/core";
import { describe, expect, it } from "vitest";
import { catalogueFor } from "./catalogue.server.ts";

const WEB = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const API_SRC = join(WEB, "..", "..", "packages", "api", "src");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes("node_modules"))
    .map((file) => join(folder, file));
}

/** Literal keys and the fixed starts of built ones, with the file that uses each. */
function keysUsed(files: readonly string[], literal: RegExp, built: RegExp) {
  const literals = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(literal)) literals.set(match[1] ?? "", file);
    for (const match of text.matchAll(built)) prefixes.set(match[1] ?? "", file);
  }
  return { literals, prefixes };
}

const web = keysUsed(
  [...sourceFiles(join(WEB, "app")), ...sourceFiles(join(WEB, "server"))],
  /\bt\(\s*"([A-Za-z][\w.-]*)"/g,
  /\bt\(\s*`([A-Za-z][\w.-]*\.)\$\{/g,
);
// The API's refusals carry a message key the pages translate (ADR 005).
const api = keysUsed(sourceFiles(API_SRC), /\bmessage: "([a-z][\w-]*\.[\w.-]+)"/g, /\bmessage: `([a-z][\w.-]*\.)\$\{/g);

describe.each(LOCALES)("the %s catalogue", (locale) => {
  const catalogue = catalogueFor(locale);
  const missing = (keys: Map<string, string>) =>
    [...keys].filter(([key]) => !Object.hasOwn(catalogue, key)).map(([key, file]) => `${key} (${file})`);
  const unmatched = (prefixes: Map<string, string>) =>
    [...prefixes]
      .filter(([prefix]) => !Object.keys(catalogue).some((key) => key.startsWith(prefix)))
      .map(([prefix, file]) => `${prefix}… (${file})`);

  it("has every key the web app asks for", () => {
    expect(web.literals.size).toBeGreaterThan(300);
    expect(missing(web.literals)).toEqual([]);
    expect(unmatched(web.prefixes)).toEqual([]);
  });

  it("has every key of the API's refusals", () => {
    expect(api.literals.size).toBeGreaterThan(20);
    expect(missing(api.literals)).toEqual([]);
    expect(unmatched(api.prefixes)).toEqual([]);
  });
});
