import { describe, expect, it } from "vitest";
import { translate } from "../i18n/catalogue.ts";
import { LOCALES } from "../i18n/locales.ts";
import {
  domainsWithNeedAtLeast,
  highestNeed,
  NEED_LEVELS,
  type NeedsAssessment,
  NeedsAssessmentSchema,
  needLevelKey,
  needLevelRank,
  unassessedDomains,
} from "./needs-assessment.ts";

const assessment: NeedsAssessment = {
  assessedOn: "2026-11-23",
  needs: {
    accommodation: { level: "urgent", note: "shelter address known to exploiter" },
    legal: { level: "high" },
    language: { level: "medium" },
    money: { level: "high" },
    medical: { level: "low" },
    "peer-support": { level: "none" },
  },
};

describe("domainsWithNeedAtLeast", () => {
  it.each([
    ["urgent", ["accommodation"]],
    ["high", ["accommodation", "legal", "money"]],
    ["medium", ["accommodation", "legal", "money", "language"]],
    ["low", ["accommodation", "legal", "money", "language", "medical"]],
    ["none", ["accommodation", "legal", "money", "language", "medical", "peer-support"]],
  ] as const)("at least %s", (level, domains) => {
    expect(domainsWithNeedAtLeast(assessment, level)).toEqual(domains);
  });
});

describe("helpers", () => {
  it.each([
    [assessment, "urgent"],
    [{ assessedOn: "2026-11-23", needs: { therapy: { level: "low" } } }, "low"],
    [{ assessedOn: "2026-11-23", needs: {} }, undefined],
  ] as const)("highestNeed %#", (input, expected) => {
    expect(highestNeed(input)).toBe(expected);
  });

  it("lists unassessed domains in DOMAIN_IDS order", () => {
    expect(unassessedDomains(assessment)).toEqual([
      "childcare",
      "training",
      "therapy",
      "employment",
      "interpreting",
      "digital-safety",
    ]);
  });

  it.each(NEED_LEVELS.map((level, index) => [level, index] as const))("%s has rank %i and a label", (level, rank) => {
    expect(needLevelRank(level)).toBe(rank);
    for (const locale of LOCALES) expect(translate(locale, needLevelKey(level))).not.toBe(needLevelKey(level));
  });
});

describe("NeedsAssessmentSchema", () => {
  it.each([
    [{ assessedOn: "2026-11-23", needs: { legal: { level: "high", note: "  permit expires soon  " } } }, true],
    [{ assessedOn: "2026-11-23", needs: {} }, true],
    [{ assessedOn: "2026-11-23", needs: { legal: { level: "very high" } } }, false],
    [{ assessedOn: "2026-11-23", needs: { housing: { level: "high" } } }, false],
    [{ assessedOn: "2026-11-23", needs: { legal: { level: "low", note: "x".repeat(501) } } }, false],
    [{ assessedOn: "2026-13-01", needs: {} }, false],
  ])("%j valid: %s", (input, valid) => {
    expect(NeedsAssessmentSchema.safeParse(input).success).toBe(valid);
  });

  it("trims notes", () => {
    const parsed = NeedsAssessmentSchema.parse({
      assessedOn: "2026-11-23",
      needs: { legal: { level: "high", note: "  soon " } },
    });
    expect(parsed.needs.legal?.note).toBe("soon");
  });
});
