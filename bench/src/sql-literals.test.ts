import { describe, expect, it } from "vitest";
import { insertStatement, literal } from "./sql-literals.ts";

describe("sql literals", () => {
  it("quotes text, arrays and JSON so no value can end its literal", () => {
    expect(literal("O'Brien")).toBe("'O''Brien'");
    expect(literal(["a", 'b"c', "d\\e"])).toBe(`'{"a","b\\"c","d\\\\e"}'`);
    expect(literal({ json: { note: "it's" } })).toBe(`'{"note":"it''s"}'`);
    expect(literal(null)).toBe("NULL");
    expect(literal(false)).toBe("FALSE");
    expect(() => literal(Number.NaN)).toThrow(/finite/);
  });

  it("refuses a row that does not match the columns", () => {
    expect(
      insertStatement(
        "t",
        ["a", "b"],
        [
          [1, "x"],
          [2, null],
        ],
      ),
    ).toBe("insert into t (a,b) values (1,'x'),(2,NULL)");
    expect(() => insertStatement("t", ["a", "b"], [[1]])).toThrow(/1 values for 2 columns/);
  });
});
