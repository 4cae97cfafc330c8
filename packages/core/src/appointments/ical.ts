/**
 * A minimal iCalendar (RFC 5545) writer for the caseworker's calendar feed (issue 19, ADR 018).
 * The feed leaves the organisation for a phone's or a mail program's calendar, so an event carries
 * NO personal data: a fixed summary, start, end and a link back into the app. Nothing the caller
 * gives can add a name, pseudonym or place, because there is no field for one.
 */
export type FeedEvent = {
  /** An opaque id (the appointment's UUID): stable, so calendars update instead of duplicating. */
  uid: string;
  start: Date;
  end: Date;
  /** Whether the appointment was cancelled (the event stays, marked CANCELLED, so calendars drop it). */
  cancelled: boolean;
};

export type FeedOptions = {
  /** The fixed event title, in the caseworker's language ("GeSIM appointment"). */
  summary: string;
  /** The calendar's name. */
  calendarName: string;
  /** The link into the app (her week view): no id, no name. */
  url: string;
  /** The host name, for globally unique UIDs. */
  domain: string;
  now: Date;
};

/** 20261203T153000Z */
export function icalUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.[0-9]{3}/, "");
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeIcalText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * A content line folded at 75 octets (RFC 5545 §3.1): each continuation starts with one space,
 * and a multi-byte character is never split.
 */
export function foldIcalLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

/** The whole calendar, CRLF line endings, every time in UTC. */
export function renderCalendarFeed(events: readonly FeedEvent[], options: FeedOptions): string {
  const stamp = icalUtc(options.now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//GeSIM Planner//Appointments feed//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcalText(options.calendarName)}`,
    "X-PUBLISHED-TTL:PT1H",
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
  ];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}@${options.domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icalUtc(event.start)}`,
      `DTEND:${icalUtc(event.end)}`,
      `SUMMARY:${escapeIcalText(options.summary)}`,
      `URL:${options.url}`,
      `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      "CLASS:PRIVATE",
      "TRANSP:OPAQUE",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldIcalLine).join("\r\n")}\r\n`;
}
