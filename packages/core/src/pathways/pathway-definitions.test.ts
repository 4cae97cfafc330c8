import { describe, expect, it } from "vitest";
import { translate } from "../i18n/catalogue.ts";
import { getPathway, isPathwayId, PATHWAYS } from "./pathway-definitions.ts";

describe("pathway definitions", () => {
  it.each([
    ["plm", "Psycho-Social Legal Model (PLM)", "legal", "principle-02"],
    ["eem", "Economic Empowerment Model (EEM)", "employment", "principle-07"],
  ] as const)("%s", (id, title, domain, principle) => {
    const pathway = getPathway(id);
    expect(translate("en", pathway.titleKey)).toBe(title);
    expect(pathway.domains).toContain(domain);
    expect(pathway.principles).toContain(principle);
    expect(pathway.principles).toContain("principle-03");
  });

  it("keeps the ids of pathways.ts", () => {
    expect(PATHWAYS.map((p) => p.id)).toEqual(["plm", "eem"]);
  });

  it.each([
    ["plm", true],
    ["eem", true],
    ["cross-cutting", false],
    [null, false],
  ])("isPathwayId(%s) = %s", (value, expected) => {
    expect(isPathwayId(value)).toBe(expected);
  });
});
