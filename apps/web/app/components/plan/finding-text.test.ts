import { describe, expect, it } from "vitest";
import { formatDate } from "../client/format-date.ts";
import { localiseDates } from "./finding-text.ts";

describe("localiseDates", () => {
  it("writes ISO dates the reader's way and leaves everything else alone", () => {
    const params = { dueDate: "2027-03-01", days: 12, recipient: "2027-03-01 office", barrierReason: "childcare" };
    expect(localiseDates(params, (iso) => formatDate(iso, "de"))).toEqual({
      dueDate: "01.03.2027",
      days: 12,
      recipient: "2027-03-01 office",
      barrierReason: "childcare",
    });
    expect(localiseDates(params, (iso) => formatDate(iso, "en-GB")).dueDate).toBe("1 Mar 2027");
    expect(localiseDates(params, (iso) => formatDate(iso, "it")).dueDate).toBe("1 mar 2027");
  });
});
