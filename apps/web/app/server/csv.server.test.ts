import { describe, expect, it } from "vitest";
import { csvResponse, downloadResponse, toCsv } from "./csv.server.ts";

describe("CSV downloads", () => {
  it("quotes commas, quotes and line breaks, and keeps numbers plain", () => {
    expect(
      toCsv([
        ["Name", "Women"],
        ['Smith, "Jo"', 12.5],
        ["two\nlines", null],
      ]),
    ).toBe('Name,Women\r\n"Smith, ""Jo""",12.5\r\n"two\nlines",\r\n');
  });

  it("defuses text a spreadsheet would run as a formula, but not negative numbers", () => {
    expect(toCsv([['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", -3]])).toBe(
      '"\'=HYPERLINK(""x"")",\'+1,\'-2,\'@SUM(A1),-3\r\n',
    );
  });

  it("sends an attachment that is never cached", async () => {
    const response = csvResponse("gesim-caseload-2026-07-01_2026-09-30.csv", [["a"], [1]]);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="gesim-caseload-2026-07-01_2026-09-30.csv"',
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("a\r\n1\r\n");
  });

  it("refuses a file name that could carry anything but fixed words, ids and dates", () => {
    expect(() => downloadResponse("Rowan 012.csv", "", "text/csv")).toThrow(RangeError);
    expect(() => downloadResponse('x".csv', "", "text/csv")).toThrow(RangeError);
  });
});
