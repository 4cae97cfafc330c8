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

export const el: MessagesOf<typeof en> = {
  "reminder.template.body": "Γεια σας, σας υπενθυμίζουμε το ραντεβού σας στις {{date}} και ώρα {{time}}.",
  "reminder.template.place": "Τόπος: {{place}}.",
  "reminder.template.closing": "Αν δεν μπορείτε να έρθετε, παρακαλούμε ενημερώστε μας.",
  "reminder.error.channel": "Επιλέξτε πώς θα επικοινωνήσετε μαζί της.",
  "reminder.error.rulesNotRecorded":
    "Οι κανόνες ασφαλούς επικοινωνίας της δεν έχουν καταγραφεί ακόμη: ρωτήστε την πώς μπορείτε να επικοινωνείτε μαζί της πριν συντάξετε υπενθύμιση.",
  "reminder.error.channelNotAllowed":
    "Δεν έχει επιτρέψει αυτόν τον τρόπο επικοινωνίας. Επιλέξτε έναν από τους τρόπους που επέτρεψε.",
  "reminder.error.cancelled": "Αυτό το ραντεβού ακυρώθηκε: δεν υπάρχει τίποτα να της υπενθυμίσετε.",
};

export const es: MessagesOf<typeof en> = {
  "reminder.template.body": "Hola, le recordamos su cita del {{date}} a las {{time}}.",
  "reminder.template.place": "Lugar: {{place}}.",
  "reminder.template.closing": "Si no puede venir, avísenos, por favor.",
  "reminder.error.channel": "Elija cómo contactar con ella.",
  "reminder.error.rulesNotRecorded":
    "Sus normas de contacto seguro aún no están registradas: pregúntele cómo se puede contactar con ella antes de redactar un recordatorio.",
  "reminder.error.channelNotAllowed":
    "Ella no ha permitido esta forma de contacto. Elija una de las formas que ha permitido.",
  "reminder.error.cancelled": "Esta cita se canceló: no hay nada que recordarle.",
};

export const fr: MessagesOf<typeof en> = {
  "reminder.template.body": "Bonjour, nous vous rappelons votre rendez-vous du {{date}} à {{time}}.",
  "reminder.template.place": "Lieu : {{place}}.",
  "reminder.template.closing": "Si vous ne pouvez pas venir, merci de nous prévenir.",
  "reminder.error.channel": "Choisissez comment la contacter.",
  "reminder.error.rulesNotRecorded":
    "Ses règles de contact sûr ne sont pas encore enregistrées : demandez-lui comment la contacter avant de rédiger un rappel.",
  "reminder.error.channelNotAllowed":
    "Elle n'a pas autorisé ce moyen de contact. Choisissez l'un des moyens qu'elle a autorisés.",
  "reminder.error.cancelled": "Ce rendez-vous a été annulé : il n'y a rien à lui rappeler.",
};

export const ro: MessagesOf<typeof en> = {
  "reminder.template.body": "Bună ziua, vă reamintim programarea dumneavoastră din {{date}}, ora {{time}}.",
  "reminder.template.place": "Locul: {{place}}.",
  "reminder.template.closing": "Dacă nu puteți veni, vă rugăm să ne anunțați.",
  "reminder.error.channel": "Alegeți cum o veți contacta.",
  "reminder.error.rulesNotRecorded":
    "Regulile ei de contact sigur nu sunt încă înregistrate: întrebați-o cum poate fi contactată înainte de a redacta un memento.",
  "reminder.error.channelNotAllowed":
    "Ea nu a permis această cale de contact. Alegeți una dintre căile pe care le-a permis.",
  "reminder.error.cancelled": "Această programare a fost anulată: nu este nimic de amintit.",
};

export const bg: MessagesOf<typeof en> = {
  "reminder.template.body": "Здравейте, напомняме Ви за срещата Ви на {{date}} в {{time}}.",
  "reminder.template.place": "Място: {{place}}.",
  "reminder.template.closing": "Ако не можете да дойдете, моля, уведомете ни.",
  "reminder.error.channel": "Изберете как да се свържете с нея.",
  "reminder.error.rulesNotRecorded":
    "Правилата ѝ за безопасен контакт още не са вписани: попитайте я как може да се свързвате с нея, преди да подготвите напомняне.",
  "reminder.error.channelNotAllowed":
    "Тя не е разрешила този начин за контакт. Изберете един от начините, които е разрешила.",
  "reminder.error.cancelled": "Тази среща е отменена: няма за какво да ѝ се напомня.",
};
