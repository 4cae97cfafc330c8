import { describe, expect, it } from "vitest";
import { catalogueFile, catalogueFor } from "../i18n/catalogue.server.ts";
import { loader } from "./i18n-catalogue.ts";

const get = (file: string) => loader({ params: { file } } as Parameters<typeof loader>[0]);

describe("/i18n/<locale>-<hash>.json", () => {
  it("sends one language's messages, cached for good at its current URL", async () => {
    const { url } = catalogueFile("de");
    const response = get(url.slice("/i18n/".length));
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.json()).toEqual(catalogueFor("de"));
  });

  it("names each language's file after its content", () => {
    expect(catalogueFile("en").url).toMatch(/^\/i18n\/en-[0-9a-f]{12}\.json$/);
    expect(catalogueFile("it").url).not.toBe(catalogueFile("de").url.replace("/de-", "/it-"));
  });

  it("answers an outdated URL with the current messages, not cached", async () => {
    const response = get("it-000000000000.json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual(catalogueFor("it"));
  });

  it("knows no other language or file", () => {
    for (const file of ["xx-000000000000.json", "en.json", "../en-000000000000.json"]) {
      expect(() => get(file), file).toThrow(Response);
    }
  });
});
