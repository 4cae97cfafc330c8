import { describe, expect, it } from "vitest";
import { escapeIcalText, foldIcalLine, renderCalendarFeed } from "./ical.ts";

const options = {
  summary: "GeSIM appointment",
  calendarName: "GeSIM appointments",
  url: "https://planner.example.org/appointments",
  domain: "planner.example.org",
  now: new Date("2026-12-03T15:30:00.123Z"),
};

/** Unfolds and splits content lines as a reader does (RFC 5545 §3.1). */
function contentLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n");
}

describe("calendar feed", () => {
  const feed = renderCalendarFeed(
    [
      {
        uid: "0b8f3c1e-0000-4000-8000-000000000001",
        start: new Date("2026-12-10T09:00:00Z"),
        end: new Date("2026-12-10T10:30:00Z"),
        cancelled: false,
      },
      {
        uid: "0b8f3c1e-0000-4000-8000-000000000002",
        start: new Date("2026-12-11T13:15:00Z"),
        end: new Date("2026-12-11T13:45:00Z"),
        cancelled: true,
      },
    ],
    options,
  );

  it("uses CRLF only, no line longer than 75 octets, and ends with a line break", () => {
    expect(feed.endsWith("\r\n")).toBe(true);
    expect(feed.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of feed.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("holds one VEVENT per appointment with UTC times, the fixed summary and a link", () => {
    const lines = contentLines(feed);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines).toContain("DTSTART:20261210T090000Z");
    expect(lines).toContain("DTEND:20261210T103000Z");
    expect(lines).toContain("DTSTAMP:20261203T153000Z");
    expect(lines).toContain("UID:0b8f3c1e-0000-4000-8000-000000000001@planner.example.org");
    expect(lines).toContain("STATUS:CANCELLED");
    expect(lines.filter((l) => l.startsWith("SUMMARY:"))).toEqual([
      "SUMMARY:GeSIM appointment",
      "SUMMARY:GeSIM appointment",
    ]);
    expect(lines).toContain("URL:https://planner.example.org/appointments");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });
});

describe("iCalendar text", () => {
  it("escapes the characters TEXT values reserve", () => {
    expect(escapeIcalText("a;b,c\\d\ne")).toBe("a\\;b\\,c\\\\d\\ne");
  });

  it("folds at 75 octets without splitting a multi-byte character, and unfolds to the same line", () => {
    const line = `X-WR-CALNAME:${"Appuntamenti è ".repeat(12)}`;
    const folded = foldIcalLine(line);
    for (const piece of folded.split("\r\n")) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });
});
