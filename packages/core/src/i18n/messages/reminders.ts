import type { MessagesOf } from "../message-types.ts";

/**
 * Reminders to her (issue 19, reminders/reminder-draft.ts): the neutral message template and
 * why a draft is refused. The template names no organisation, no kind of appointment and
 * nothing about her situation: her phone or her post may be read by others.
 */
export const en = {
  "reminder.template.body": "Hello, this is a reminder of your appointment on {{date}} at {{time}}.",
  "reminder.template.place": "Place: {{place}}.",
  "reminder.template.closing": "If you cannot come, please let us know.",
  "reminder.error.channel": "Choose how to contact her.",
  "reminder.error.rulesNotRecorded":
    "Her safe-contact rules are not recorded yet: ask her how she may be contacted before drafting a reminder.",
  "reminder.error.channelNotAllowed":
    "She has not allowed this way of contacting her. Choose one of the channels she allowed.",
  "reminder.error.cancelled": "This appointment was cancelled: there is nothing to remind her of.",
} as const;

export const de: MessagesOf<typeof en> = {
  "reminder.template.body": "Hallo, dies ist eine Erinnerung an Ihren Termin am {{date}} um {{time}}.",
  "reminder.template.place": "Ort: {{place}}.",
  "reminder.template.closing": "Wenn Sie nicht kommen können, geben Sie uns bitte Bescheid.",
  "reminder.error.channel": "Wählen Sie, wie sie kontaktiert werden soll.",
  "reminder.error.rulesNotRecorded":
    "Ihre Regeln für sicheren Kontakt sind noch nicht erfasst: Fragen Sie sie, wie sie kontaktiert werden darf, bevor Sie eine Erinnerung entwerfen.",
  "reminder.error.channelNotAllowed":
    "Diesen Kontaktweg hat sie nicht erlaubt. Wählen Sie einen der Wege, die sie erlaubt hat.",
  "reminder.error.cancelled": "Dieser Termin wurde abgesagt: Es gibt nichts, woran sie erinnert werden müsste.",
};

export const it: MessagesOf<typeof en> = {
  "reminder.template.body": "Buongiorno, le ricordiamo il suo appuntamento di {{date}} alle {{time}}.",
  "reminder.template.place": "Luogo: {{place}}.",
  "reminder.template.closing": "Se non può venire, ce lo faccia sapere.",
  "reminder.error.channel": "Scegli come contattarla.",
  "reminder.error.rulesNotRecorded":
    "Le sue regole per un contatto sicuro non sono ancora registrate: chiedile come può essere contattata prima di preparare un promemoria.",
  "reminder.error.channelNotAllowed":
    "Non ha autorizzato questo modo di contattarla. Scegli uno dei canali che ha autorizzato.",
  "reminder.error.cancelled": "Questo appuntamento è stato annullato: non c'è nulla da ricordarle.",
};
