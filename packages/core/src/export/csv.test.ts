import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("toCsv", () => {
  it("quotes fields with commas, quotes and line breaks, and ends every row with CRLF", () => {
    expect(
      toCsv([
        ["a,b", 'say "hi"', "two\nlines"],
        ["plain", 3, null],
      ]),
    ).toBe('"a,b","say ""hi""","two\nlines"\r\nplain,3,\r\n');
  });

  it.each(['=HYPERLINK("http://evil.example")', "+1+2", "-1+2", "@SUM(A1)", "\tcmd", "\r=1"])(
    "defuses text a spreadsheet would run as a formula: %j",
    (text) => {
      const cell = toCsv([[text]]).replace(/\r\n$/, "");
      expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
    },
  );

  it("leaves numbers plain, negative ones included, and writes no number that is not finite", () => {
    expect(toCsv([[-3, 12.5, 0.25, Number.NaN]])).toBe("-3,12.5,0.25,\r\n");
  });
});
