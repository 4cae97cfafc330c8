// Text for the plan PDF in scripts pdfkit does not lay out by itself: right-to-left lines
// (Arabic) and a second font for Chinese. pdfkit 0.20 shapes each space-separated word with
// fontkit, which joins Arabic letters and reverses an Arabic word, but it neither reorders
// the words of a right-to-left line nor falls back to another font for a missing glyph.
import bidiFactory from "bidi-js";

const bidi = bidiFactory();
/** Marks that only steer the bidi algorithm: they have no glyph to draw. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The words of one line of a right-to-left paragraph, left to right as they are drawn: in
 * visual order by the Unicode bidi algorithm (bidi-js, brackets mirrored), each word in the
 * order that comes out right after fontkit's layout, which reverses a word it reads as
 * right-to-left (`drawsRtl`). So an Arabic word goes in in reading order (and is shaped), a
 * Latin name or a date stays left to right. The caller draws each word at its own place:
 * pdfkit would move the space after a reversed word to its front.
 */
export function visualWords(line: string, drawsRtl: (word: string) => boolean): string[] {
  const levels = bidi.getEmbeddingLevels(line, "rtl");
  const chars = [...line];
  // Indices of getReorderSegments and the mirror map are UTF-16 units; the plan's scripts are
  // all in the Basic Multilingual Plane, where a unit is a character.
  if (chars.length === line.length) {
    for (const [index, mirrored] of bidi.getMirroredCharactersMap(line, levels.levels)) chars[index] = mirrored;
    for (const [start = 0, end = -1] of bidi.getReorderSegments(line, levels)) {
      chars.splice(start, end - start + 1, ...chars.slice(start, end + 1).reverse());
    }
  }
  return chars
    .join("")
    .replace(BIDI_CONTROLS, "")
    .split(" ")
    .filter(Boolean)
    .map((word) => (drawsRtl(word) ? [...word].reverse().join("") : word));
}

/**
 * Breaks one paragraph into lines no wider than `width` (as `measure` says), at spaces; a word
 * longer than a line is cut where it must be.
 */
export function wrapWords(paragraph: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of paragraph.split(/ +/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    while (measure(current) > width && current.length > 1) {
      let cut = current.length - 1;
      while (cut > 1 && measure(current.slice(0, cut)) > width) cut--;
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current) lines.push(current);
  return lines.length ? lines : [""];
}

/**
 * Splits text into runs each drawn with one font: `primary` where `isPrimary` says so (for a
 * plan in Chinese: where the Chinese font has the glyph), the other font elsewhere. Spaces
 * stay in the run they are in.
 */
export function fontRuns(text: string, isPrimary: (char: string) => boolean): { text: string; primary: boolean }[] {
  const runs: { text: string; primary: boolean }[] = [];
  for (const char of text) {
    const primary = /\s/.test(char) ? (runs.at(-1)?.primary ?? false) : isPrimary(char);
    const last = runs.at(-1);
    if (last && last.primary === primary) last.text += char;
    else runs.push({ text: char, primary });
  }
  return runs;
}

const SCRIPT_LETTER = /[^\p{Script=Common}\p{Script=Inherited}]/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * Whether fontkit lays this word out right to left (and so reverses it): as fontkit's own
 * script detection, the first character of a script other than Common or Inherited decides.
 */
export function fontkitReadsRtl(word: string): boolean {
  const first = word.match(SCRIPT_LETTER)?.[0];
  return first !== undefined && RTL_SCRIPT.test(first);
}
