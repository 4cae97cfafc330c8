import { z } from "zod";
import { APPOINTMENT_PLACE_MAX_LENGTH, type AppointmentStatus } from "../appointments/appointment.ts";
import { CONTACT_CHANNELS, type ContactChannel } from "../clients/contact-channels.ts";
import type { SafeContact } from "../clients/safe-contact.ts";
import { translate } from "../i18n/catalogue.ts";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales.ts";

/**
 * A reminder to HER of one of her appointments (issue 19): drafted, never sent. The caseworker
 * copies the text and sends it herself, by a channel she allowed (domain.md §7.2; her safe-contact
 * rules, issue 16). A trafficker or a partner may read her phone or her post, so the text is
 * neutral by design _[inference]_: no organisation name, no word about trafficking or
 * exploitation, no kind of appointment (a court hearing or a therapy session says too much), no
 * place unless the caseworker adds one, and never the code word (that is for checking who is
 * speaking, not for writing down). Nothing the caller gives can add them: there is no field for
 * them.
 */

/** What the caseworker may choose for a draft: the channel, and a place if she decides to add one. */
export const ReminderChoiceSchema = z.object({
  channel: z.enum(CONTACT_CHANNELS, { error: "reminder.error.channel" }),
  place: z.string().trim().max(APPOINTMENT_PLACE_MAX_LENGTH, { error: "appointment.error.place" }).optional(),
});
export type ReminderChoice = z.infer<typeof ReminderChoiceSchema>;

/** Why a reminder cannot be drafted: each a message key. */
export type ReminderProblem =
  | "reminder.error.rulesNotRecorded"
  | "reminder.error.channelNotAllowed"
  | "reminder.error.cancelled";

/** The language of the message: the first of her languages the catalogue has, else English (said so). */
export type ReminderLanguage = {
  locale: Locale;
  /** The tag dates and times are formatted with (her own, e.g. "de-AT", when the catalogue has its language). */
  formatTag: string;
  /** True when none of her languages is in the catalogue and the message is in English. */
  isFallback: boolean;
};

function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

export function reminderLanguage(languages: readonly string[]): ReminderLanguage {
  for (const tag of languages) {
    const canonical = canonicalTag(tag.trim());
    const base = canonical?.split("-")[0]?.toLowerCase();
    if (canonical && isLocale(base)) return { locale: base, formatTag: canonical, isFallback: false };
  }
  return { locale: DEFAULT_LOCALE, formatTag: DEFAULT_LOCALE, isFallback: true };
}

/** The channels a reminder may be sent by: only those she allowed, in the catalogue's order; none before she was asked. */
export function reminderChannels(rules: SafeContact | null | undefined): ContactChannel[] {
  if (!rules) return [];
  return CONTACT_CHANNELS.filter((channel) => rules.channels.includes(channel));
}

/** Whether a reminder by `channel` may be drafted for this appointment; null when it may. */
export function reminderProblem(
  rules: SafeContact | null | undefined,
  channel: ContactChannel,
  appointmentStatus: AppointmentStatus,
): ReminderProblem | null {
  if (appointmentStatus === "cancelled") return "reminder.error.cancelled";
  if (!rules) return "reminder.error.rulesNotRecorded";
  return reminderChannels(rules).includes(channel) ? null : "reminder.error.channelNotAllowed";
}

/** "Thursday, 10 December 2026" and "14:30" in her locale's format (wall-clock values: no time zone shift). */
export function formatReminderWhen(date: string, startTime: string, formatTag: string) {
  const [hours = 0, minutes = 0] = startTime.split(":").map(Number);
  const instant = new Date(Date.parse(`${date}T00:00:00Z`) + (hours * 60 + minutes) * 60_000);
  return {
    date: new Intl.DateTimeFormat(formatTag, { dateStyle: "full", timeZone: "UTC" }).format(instant),
    time: new Intl.DateTimeFormat(formatTag, { timeStyle: "short", timeZone: "UTC" }).format(instant),
  };
}

export type ReminderDraftInput = {
  rules: SafeContact | null | undefined;
  /** Her languages as recorded (BCP 47 tags, in her order). */
  languages: readonly string[];
  appointment: { date: string; startTime: string; status: AppointmentStatus };
  choice: ReminderChoice;
};

export type ReminderDraft = ReminderLanguage & { channel: ContactChannel; text: string };

/**
 * The message for her, or why there is none. The text is built only from the date, the time and
 * the place the caseworker typed: the code word, the appointment's kind and its stored place
 * never reach it.
 */
export function draftReminder(
  input: ReminderDraftInput,
): { ok: true; draft: ReminderDraft } | { ok: false; problem: ReminderProblem } {
  const problem = reminderProblem(input.rules, input.choice.channel, input.appointment.status);
  if (problem) return { ok: false, problem };
  const language = reminderLanguage(input.languages);
  const when = formatReminderWhen(input.appointment.date, input.appointment.startTime, language.formatTag);
  const place = input.choice.place?.trim();
  const text = [
    translate(language.locale, "reminder.template.body", when),
    place ? translate(language.locale, "reminder.template.place", { place }) : null,
    translate(language.locale, "reminder.template.closing"),
  ]
    .filter((line): line is string => line !== null)
    .join(" ");
  return { ok: true, draft: { ...language, channel: input.choice.channel, text } };
}
