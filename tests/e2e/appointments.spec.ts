// Appointments (issue 19): a caseworker books a legal appointment with an interpreter for a woman
// recorded over the API, with JavaScript and without; a bad start time keeps what she typed; the
// appointment shows in her week and, the interpreter not being booked, in "My work"; the calendar
// feed parses as iCalendar and holds no pseudonym and no place; turned off, it is gone. Then axe
// and 320 px reflow on the new pages.
import { describe, expect, it } from "vitest";
import { screenshot, seriousAxeViolations } from "../support/browser.ts";
import { signIn, useStage } from "../support/session.ts";
import { signInOverHttp } from "../support/trpc-http.ts";

const stage = useStage();
const DAY_MS = 86_400_000;
const dayFromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** The ISO week ("2026-W49") of a date. */
function isoWeekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

async function recordWoman(pseudonym: string): Promise<string> {
  const api = await signInOverHttp(stage.app.baseUrl, "caseworker@demo.test", "gesim-demo-2026");
  const client = await api.mutation<{ id: string }>("clients.create", {
    isAdult: true,
    pseudonym,
    firstContactDate: dayFromToday(-10),
    childrenCount: 1,
    isPregnant: false,
    languages: ["ro"],
    needsInterpreter: true,
    identificationStatus: "not-assessed",
    cooperationWithAuthorities: "not-asked",
    isInTrainingOrWork: false,
  });
  return client.id;
}

/** Content lines of an iCalendar text, unfolded (RFC 5545 §3.1); throws on anything that is not one. */
function parseICalendar(text: string): { name: string; value: string }[] {
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  const lines = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line !== "");
  const stack: string[] = [];
  const parsed = lines.map((line) => {
    const match = /^([A-Z][A-Z0-9-]*)(;[^:]*)?:(.*)$/.exec(line);
    if (!match) throw new Error(`not a content line: ${line}`);
    const [, name = "", , value = ""] = match;
    if (name === "BEGIN") stack.push(value);
    if (name === "END") expect(stack.pop()).toBe(value);
    return { name, value };
  });
  expect(stack).toEqual([]);
  expect(parsed[0]).toEqual({ name: "BEGIN", value: "VCALENDAR" });
  return parsed;
}

describe("Appointments", () => {
  it.each([
    ["without JavaScript", false, "Linden Appt"],
    ["with JavaScript", true, "Hazel Appt"],
  ])(
    "books a legal appointment with an interpreter %s; it shows in her week, in My work and in the feed without details",
    async (_name, javaScript, pseudonym) => {
      const clientId = await recordWoman(pseudonym);
      const place = `Fictional court room ${javaScript ? 4 : 5}`;
      const date = dayFromToday(1);
      const { context, page } = await signIn(stage, "caseworker@demo.test", javaScript);
      await page.goto(`/clients/${clientId}`);
      await page.getByRole("link", { name: "All her appointments, and book one" }).click();
      await page.getByRole("heading", { name: "Book an appointment" }).waitFor();

      // A bad start time: the error beside the field, and everything typed still there.
      await page.getByLabel("What for").selectOption("legal");
      await page.getByLabel("Date").fill(date);
      await page.getByLabel("Place (only for in person)").fill(place);
      await page.getByLabel("She needs an interpreter").check();
      await page.getByLabel("Language to interpret").fill("ro");
      await page.getByLabel("Duration in minutes").fill("3");
      await page.getByRole("button", { name: "Book the appointment" }).click();
      await page.getByRole("alert").waitFor();
      expect(await page.getByRole("alert").innerText()).toContain("Enter the duration in minutes, from 5 to 720.");
      expect(await page.getByLabel("Place (only for in person)").inputValue()).toBe(place);
      expect(await page.getByLabel("She needs an interpreter").isChecked()).toBe(true);
      expect(await page.getByLabel("Language to interpret").inputValue()).toBe("ro");

      await page.getByLabel("Duration in minutes").fill("90");
      await page.getByLabel("Start time (HH:MM)").fill("10:00");
      await page.getByRole("button", { name: "Book the appointment" }).click();
      await page.getByText("The appointment is booked.").waitFor();
      const table = page.locator("section[aria-labelledby=appointments-heading] table");
      expect(await table.innerText()).toContain(place);
      expect(await table.innerText()).toContain("Interpreter not booked");
      await screenshot(page, `appointments-client-${javaScript ? "js" : "nojs"}`);

      // Her caseworker's week: pseudonym, time, kind; never the place.
      await page.goto(`/appointments?week=${isoWeekOf(date)}`);
      const item = page.locator(".week-items li", { hasText: pseudonym });
      await item.waitFor();
      const itemText = await item.innerText();
      expect(itemText).toContain("10:00, 90 min");
      expect(itemText).toContain("Legal");
      expect(itemText).toContain("Interpreter not booked");
      expect(await page.locator("main").innerText()).not.toContain(place);
      await page.getByRole("link", { name: "Next week" }).click();
      await expect.poll(() => page.url()).toContain(`week=${isoWeekOf(dayFromToday(8))}`);

      // The interpreter is not booked and the day is near: it is in "My work".
      await page.goto("/my-work");
      const conflicts = page.locator("section", {
        has: page.getByRole("heading", { name: /^Appointments to sort out/ }),
      });
      expect(await conflicts.locator("li", { hasText: pseudonym }).innerText()).toContain(
        "The interpreter for her appointment on",
      );

      // The calendar feed: created on her account page, fetched as a calendar app would (no session).
      await page.goto("/account");
      await page.getByRole("button", { name: /Create a calendar feed|Replace the feed address/ }).click();
      const urlField = page.getByLabel("Your feed address (add it to your calendar as a subscription)");
      await urlField.waitFor();
      const feedUrl = await urlField.inputValue();
      expect(feedUrl).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const response = await fetch(feedUrl);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/calendar");
      const text = await response.text();
      const lines = parseICalendar(text);
      expect(lines.filter((l) => l.name === "BEGIN" && l.value === "VEVENT").length).toBeGreaterThan(0);
      expect(lines.filter((l) => l.name === "SUMMARY").every((l) => l.value === "GeSIM appointment")).toBe(true);
      expect(lines.some((l) => l.name === "DTSTART" && /^\d{8}T\d{6}Z$/.test(l.value))).toBe(true);
      expect(text).not.toContain(pseudonym);
      expect(text).not.toContain(pseudonym.split(" ")[0]);
      expect(text.toLowerCase()).not.toContain("court");
      expect(text).not.toContain("Legal");

      await page.getByRole("button", { name: "Turn the calendar feed off" }).click();
      await page.getByText("The calendar feed is off. Its address no longer works.").waitFor();
      expect((await fetch(feedUrl)).status).toBe(404);
      await context.close();
    },
  );

  it.each([320, 390])(
    "the week, her appointments and the feed settings reflow at %i px with no serious axe violation",
    async (width) => {
      const clientId = await recordWoman(`Reflow ${width}`);
      const { context, page } = await signIn(stage, "manager@demo.test");
      await page.setViewportSize({ width, height: 700 });
      for (const [path, heading] of [
        ["/appointments", "My week"],
        ["/appointments/team", "The team's week"],
        [`/clients/${clientId}/appointments`, "Book an appointment"],
        ["/account", "Calendar feed"],
      ] as const) {
        await page.goto(path);
        await page.getByRole("heading", { name: heading }).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
        expect(await seriousAxeViolations(page), path).toEqual([]);
        await screenshot(page, `appointments-${path.split("/").at(-1)}-${width}`);
      }
      await context.close();
    },
  );

  it("shows the new pages in German and Italian without untranslated keys", async () => {
    const clientId = await recordWoman("Sprache Appt");
    const { context, page } = await signIn(stage, "manager@demo.test");
    await page.goto("/appointments");
    for (const locale of ["de", "it"] as const) {
      await page.locator("#language-select").selectOption(locale);
      await page.locator(".language-form button").click();
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(locale);
      for (const path of [
        "/appointments",
        "/appointments/team",
        `/clients/${clientId}/appointments`,
        "/account",
        "/my-work",
      ]) {
        await page.goto(path);
        await page.locator("h1").first().waitFor();
        expect(await page.locator("main").innerText(), `${locale} ${path}`).not.toMatch(
          /\b(appointments?|clientAppointments|calendarFeed|client|nav)\.[a-zA-Z-]+/,
        );
      }
    }
    await context.close();
  });
});
