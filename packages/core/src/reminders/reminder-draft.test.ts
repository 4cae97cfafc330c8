import { describe, expect, test } from "vitest";
import { APPOINTMENT_KINDS } from "../appointments/appointment.ts";
import { CONTACT_CHANNELS } from "../clients/contact-channels.ts";
import type { SafeContact } from "../clients/safe-contact.ts";
import { MESSAGES, translate } from "../i18n/catalogue.ts";
import { LOCALES } from "../i18n/locales.ts";
import {
  draftReminder,
  formatReminderWhen,
  ReminderChoiceSchema,
  reminderChannels,
  reminderLanguage,
  reminderProblem,
} from "./reminder-draft.ts";

const RULES: SafeContact = {
  channels: ["letter", "text-message"],
  times: ["evening"],
  neverLeaveMessage: true,
  codeWord: "Blue Heron",
};
const APPOINTMENT = { date: "2026-12-10", startTime: "14:30", status: "scheduled" as const };

function textOf(input: Parameters<typeof draftReminder>[0]): string {
  const result = draftReminder(input);
  if (!result.ok) throw new Error(result.problem);
  return result.draft.text;
}

describe("the language of a reminder", () => {
  test.each([
    [["ti", "de-AT"], { locale: "de", formatTag: "de-AT", isFallback: false }],
    [["IT"], { locale: "it", formatTag: "it", isFallback: false }],
    [["en-GB", "de"], { locale: "en", formatTag: "en-GB", isFallback: false }],
    [["ti", "uk"], { locale: "en", formatTag: "en", isFallback: true }],
    [[], { locale: "en", formatTag: "en", isFallback: true }],
    [["not a tag!", "it"], { locale: "it", formatTag: "it", isFallback: false }],
  ])("her languages %j give %j", (languages, expected) => {
    expect(reminderLanguage(languages)).toEqual(expected);
  });
});

describe("the channels a reminder may use", () => {
  test("only those she allowed, in a fixed order; none before she was asked", () => {
    expect(reminderChannels(RULES)).toEqual(["text-message", "letter"]);
    expect(reminderChannels(null)).toEqual([]);
  });

  test.each(CONTACT_CHANNELS)("%s is refused unless she allowed it", (channel) => {
    expect(reminderProblem(RULES, channel, "scheduled")).toBe(
      RULES.channels.includes(channel) ? null : "reminder.error.channelNotAllowed",
    );
    expect(reminderProblem(null, channel, "scheduled")).toBe("reminder.error.rulesNotRecorded");
    expect(reminderProblem(RULES, channel, "cancelled")).toBe("reminder.error.cancelled");
  });

  test("a draft by a channel she did not allow is refused, with the reason", () => {
    expect(
      draftReminder({ rules: RULES, languages: ["de"], appointment: APPOINTMENT, choice: { channel: "phone-call" } }),
    ).toEqual({ ok: false, problem: "reminder.error.channelNotAllowed" });
  });

  test("an unknown channel or a place too long is bad input with a message key", () => {
    expect(ReminderChoiceSchema.safeParse({ channel: "pigeon" }).error?.issues[0]?.message).toBe(
      "reminder.error.channel",
    );
    expect(
      ReminderChoiceSchema.safeParse({ channel: "letter", place: "x".repeat(301) }).error?.issues[0]?.message,
    ).toBe("appointment.error.place");
  });
});

describe("the message", () => {
  test("is in her language, with the date and time in her locale's format", () => {
    const german = draftReminder({
      rules: RULES,
      languages: ["ti", "de"],
      appointment: APPOINTMENT,
      choice: { channel: "letter" },
    });
    expect(german).toEqual({
      ok: true,
      draft: {
        locale: "de",
        formatTag: "de",
        isFallback: false,
        channel: "letter",
        text: "Hallo, dies ist eine Erinnerung an Ihren Termin am Donnerstag, 10. Dezember 2026 um 14:30. Wenn Sie nicht kommen können, geben Sie uns bitte Bescheid.",
      },
    });
    expect(
      textOf({ rules: RULES, languages: ["it"], appointment: APPOINTMENT, choice: { channel: "text-message" } }),
    ).toContain("giovedì 10 dicembre 2026 alle 14:30");
  });

  test("falls back to English, and says so, when the catalogue has none of her languages", () => {
    const result = draftReminder({
      rules: RULES,
      languages: ["ti"],
      appointment: APPOINTMENT,
      choice: { channel: "letter" },
    });
    expect(result.ok && result.draft).toMatchObject({ locale: "en", isFallback: true });
    expect(result.ok && result.draft.text).toContain(formatReminderWhen("2026-12-10", "14:30", "en").date);
  });

  test("a place appears only when the caseworker adds one", () => {
    const without = textOf({
      rules: RULES,
      languages: ["en"],
      appointment: APPOINTMENT,
      choice: { channel: "letter" },
    });
    expect(without).not.toMatch(/Place/);
    const withPlace = textOf({
      rules: RULES,
      languages: ["en"],
      appointment: APPOINTMENT,
      choice: { channel: "letter", place: "  the usual café  " },
    });
    expect(withPlace).toContain("Place: the usual café.");
  });

  test.each(LOCALES.flatMap((locale) => CONTACT_CHANNELS.map((channel) => [locale, channel] as const)))(
    "in %s by %s it never carries the code word, the kind of appointment or the organisation",
    (locale, channel) => {
      const rules: SafeContact = { ...RULES, channels: [channel] };
      const text = textOf({ rules, languages: [locale], appointment: APPOINTMENT, choice: { channel } });
      expect(text).not.toContain("Blue Heron");
      // As a word: Bulgarian "Здраве" (health) begins "Здравейте" (hello), which is no leak.
      for (const kind of APPOINTMENT_KINDS) {
        const label = translate(locale, `appointment.kind.${kind}`).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        expect(text).not.toMatch(new RegExp(`(^|[^\\p{L}])${label}($|[^\\p{L}])`, "iu"));
      }
      expect(text).not.toMatch(/gesim|\bngo\b|traffick|menschenhandel|tratta|exploit|ausbeut|sfrutt/i);
    },
  );

  test("the template in every catalogue names no organisation and nothing of her situation", () => {
    for (const locale of LOCALES) {
      const template = Object.entries(MESSAGES[locale])
        .filter(([key]) => key.startsWith("reminder.template."))
        .map(([, value]) => value)
        .join(" ");
      expect(template.length).toBeGreaterThan(0);
      expect(template).not.toMatch(
        /gesim|\bngo\b|traffick|menschenhandel|tratta|exploit|ausbeut|sfrutt|court|gericht|tribunal|therap|police|polizei/i,
      );
      expect(template.match(/\{\{\s*(\w+)\s*\}\}/g)?.sort()).toEqual(["{{date}}", "{{place}}", "{{time}}"]);
    }
  });
});
