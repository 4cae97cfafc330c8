import { describe, expect, it } from "vitest";
import { createSeededRandom } from "../disclosure/random-source.ts";
import { generatePseudonym, PSEUDONYM_WORDS, PseudonymSchema } from "./pseudonym.ts";

describe("generatePseudonym", () => {
  it("makes a plant name and a three-digit number, the same for the same random source", () => {
    const codes = Array.from({ length: 200 }, () => generatePseudonym(createSeededRandom(7)));
    expect(new Set(codes).size).toBe(1);
    const random = createSeededRandom(42);
    for (let i = 0; i < 500; i += 1) {
      const code = generatePseudonym(random);
      expect(code).toMatch(/^[A-Z][a-z]+-\d{3}$/);
      expect(PSEUDONYM_WORDS).toContain(code.split("-")[0]);
      expect(code.endsWith("-000")).toBe(false);
      expect(PseudonymSchema.safeParse(code).success).toBe(true);
    }
  });

  it.each([0, 0.999999999])("stays in range at the edges of the random source (%s)", (value) => {
    expect(generatePseudonym(() => value)).toMatch(value === 0 ? "Aster-001" : "Zinnia-999");
  });
});

describe("PseudonymSchema", () => {
  it.each(["Willow-042", "Rosa 7", "Ana-María"])("accepts %s", (code) => {
    expect(PseudonymSchema.safeParse(code).success).toBe(true);
  });
  it.each(["", "x", "<script>", "a@b.c", "-lead", "x".repeat(41)])("refuses %j", (code) => {
    expect(PseudonymSchema.safeParse(code).success).toBe(false);
  });
});
