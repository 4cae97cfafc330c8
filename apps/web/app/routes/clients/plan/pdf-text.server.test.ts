import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fontkitReadsRtl, fontRuns, visualWords, wrapWords } from "./pdf-text.server.ts";

const require = createRequire(import.meta.url);
const fontkit = require("fontkit") as {
  openSync(path: string): { layout(text: string): { direction: "ltr" | "rtl" } };
};
const dejavu = fontkit.openSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"));

describe("right-to-left lines for the PDF", () => {
  it.each(["خطتي", "خطتي:", "١٥", "2027", "Süd", "(بسرعة)", "·", "2027/03/01", "قبل", "Maria،"])(
    "reads %s in the direction fontkit lays it out",
    (word) => {
      expect(fontkitReadsRtl(word)).toBe(dejavu.layout(word).direction === "rtl");
    },
  );

  it("puts Arabic words right to left and keeps a Latin name and a date left to right", () => {
    // Logical: "who helps: Volkshochschule Süd by 2027/03/01" (Arabic around Latin and digits).
    const words = visualWords("من يساعد: Volkshochschule Süd قبل 2027/03/01", fontkitReadsRtl);
    // Drawn left to right: the date, "before", the name, then "helps:" and "who" at the right.
    // An Arabic word goes in as read: fontkit reverses it (and joins its letters) when it lays it out.
    expect(words).toEqual(["2027/03/01", "قبل", "Volkshochschule", "Süd", "يساعد:", "من"]);
  });

  it("mirrors brackets and drops bidi marks", () => {
    const words = visualWords("اللغة (بسرعة)\u200f", fontkitReadsRtl);
    // "(" and ")" swap, so once fontkit reverses the word the brackets open towards it again.
    expect(words).toEqual([")بسرعة(", "اللغة"]);
    expect(words.join(" ")).not.toMatch(/[\u200e\u200f]/);
  });

  it("wraps at spaces within the width, cutting only a word longer than a line", () => {
    const measure = (text: string) => text.length;
    expect(wrapWords("aa bb cc dd", 5, measure)).toEqual(["aa bb", "cc dd"]);
    expect(wrapWords("abcdefghij k", 4, measure)).toEqual(["abcd", "efgh", "ij k"]);
    expect(wrapWords("", 5, measure)).toEqual([""]);
  });
});

describe("font runs for Chinese", () => {
  it("splits where the first font lacks a glyph, spaces staying in their run", () => {
    const has = (char: string) => char !== "Ђ" && char !== "ж";
    expect(fontRuns("我 Ђж 你", has)).toEqual([
      { text: "我 ", primary: true },
      { text: "Ђж ", primary: false },
      { text: "你", primary: true },
    ]);
  });
});
