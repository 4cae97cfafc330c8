import { describe, expect, it } from "vitest";
import { translate } from "../i18n/catalogue.ts";
import { LOCALES } from "../i18n/locales.ts";
import { PRINCIPLE_IDS } from "../principles/principle-ids.ts";
import { DOMAIN_IDS } from "./domain-ids.ts";
import { DOMAINS, domainsForPathway, domainsForPrinciple, getDomain, isDomainId, pathwaysOfDomain } from "./domains.ts";

describe("domains", () => {
  it("has one entry per domain id, each with actions of its own domain", () => {
    expect(DOMAINS.map((d) => d.id)).toEqual([...DOMAIN_IDS]);
    for (const d of DOMAINS) {
      expect(d.actions.length).toBeGreaterThan(0);
      expect(d.actions.every((a) => a.domain === d.id)).toBe(true);
    }
  });

  it.each(LOCALES)("titles and descriptions are translated in %s", (locale) => {
    for (const d of DOMAINS) {
      expect(translate(locale, d.titleKey)).not.toBe(d.titleKey);
      expect(translate(locale, d.descriptionKey)).not.toBe(d.descriptionKey);
    }
  });

  it.each([
    ["plm", ["accommodation", "childcare", "therapy", "legal", "medical"]],
    ["eem", ["accommodation", "childcare", "training", "language", "employment", "money"]],
    ["cross-cutting", ["peer-support", "interpreting", "digital-safety"]],
  ] as const)("domainsForPathway(%s)", (pathway, ids) => {
    expect(domainsForPathway(pathway).map((d) => d.id)).toEqual(ids);
  });

  it.each([
    ["accommodation", ["plm", "eem"]],
    ["legal", ["plm"]],
    ["money", ["eem"]],
    ["interpreting", []],
  ] as const)("pathwaysOfDomain(%s)", (domain, pathways) => {
    expect(pathwaysOfDomain(domain)).toEqual(pathways);
  });

  it("primaryPathway is one of the domain's pathways, null only for cross-cutting", () => {
    for (const d of DOMAINS) {
      if (d.primaryPathway === null) expect(d.placement).toBe("cross-cutting");
      else expect(pathwaysOfDomain(d.id)).toContain(d.primaryPathway);
    }
    expect(getDomain("accommodation")?.primaryPathway).toBe("plm");
    expect(getDomain("childcare")?.primaryPathway).toBe("eem");
  });

  it("every principle is served by at least one domain except the service-level P9 and P10", () => {
    const unserved = PRINCIPLE_IDS.filter((p) => domainsForPrinciple(p).length === 0);
    expect(unserved).toEqual(["principle-09", "principle-10"]);
  });

  it.each([
    ["legal", true],
    ["digital-safety", true],
    ["housing", false],
    [3, false],
  ])("isDomainId(%s) = %s", (value, expected) => {
    expect(isDomainId(value)).toBe(expected);
    if (typeof value === "string") expect(getDomain(value) !== undefined).toBe(expected);
  });
});
