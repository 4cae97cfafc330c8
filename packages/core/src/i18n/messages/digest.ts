import type { MessagesOf } from "../message-types.ts";

/** The daily e-mail digest for staff: counts and a link, never a person (plan/digest.ts). */
export const en = {
  "digest.subject": "GeSIM Planner: your work today",
  "digest.intro": "Good morning. This is what waits for you in GeSIM Planner today:",
  "digest.line.step-overdue": "Steps overdue: {{count}}",
  "digest.line.consent-expired-in-use": "Consents that ran out while a referral relies on them: {{count}}",
  "digest.line.consent-expiring": "Consents ending in the next {{days}} days: {{count}}",
  "digest.line.review-overdue": "Plan reviews overdue: {{count}}",
  "digest.line.step-due": "Steps due in the next {{days}} days: {{count}}",
  "digest.line.review-due": "Plan reviews due in the next {{days}} days: {{count}}",
  "digest.line.reflection-ending": "Reflection periods ending in the next {{days}} days: {{count}}",
  "digest.line.referral-waiting": "Referrals waiting for an answer: {{count}}",
  "digest.line.follow-up-due": "Follow-up contacts after closure due: {{count}}",
  "digest.line.approvals-waiting": "Plans waiting for your approval: {{count}}",
  "digest.open": "Open your work: {{url}}",
  "digest.why":
    "This e-mail holds counts only, never a name: e-mail can be forwarded or read by others. You can turn it off on your account page.",
} as const;

export const de: MessagesOf<typeof en> = {
  "digest.subject": "GeSIM Planner: Ihre Arbeit heute",
  "digest.intro": "Guten Morgen. Das wartet heute im GeSIM Planner auf Sie:",
  "digest.line.step-overdue": "Überfällige Schritte: {{count}}",
  "digest.line.consent-expired-in-use": "Abgelaufene Einwilligungen, auf die sich eine Vermittlung stützt: {{count}}",
  "digest.line.consent-expiring": "Einwilligungen, die in den nächsten {{days}} Tagen enden: {{count}}",
  "digest.line.review-overdue": "Überfällige Planüberprüfungen: {{count}}",
  "digest.line.step-due": "Schritte, die in den nächsten {{days}} Tagen fällig sind: {{count}}",
  "digest.line.review-due": "Planüberprüfungen in den nächsten {{days}} Tagen: {{count}}",
  "digest.line.reflection-ending": "Bedenkzeiten, die in den nächsten {{days}} Tagen enden: {{count}}",
  "digest.line.referral-waiting": "Vermittlungen, die auf Antwort warten: {{count}}",
  "digest.line.follow-up-due": "Fällige Nachkontakte nach Fallabschluss: {{count}}",
  "digest.line.approvals-waiting": "Pläne, die auf Ihre Freigabe warten: {{count}}",
  "digest.open": "Ihre Arbeit öffnen: {{url}}",
  "digest.why":
    "Diese E-Mail enthält nur Zahlen, nie einen Namen: E-Mails können weitergeleitet oder von anderen gelesen werden. Sie können sie auf Ihrer Kontoseite abschalten.",
};

export const it: MessagesOf<typeof en> = {
  "digest.subject": "GeSIM Planner: il tuo lavoro di oggi",
  "digest.intro": "Buongiorno. Ecco cosa ti aspetta oggi in GeSIM Planner:",
  "digest.line.step-overdue": "Passi scaduti: {{count}}",
  "digest.line.consent-expired-in-use": "Consensi scaduti su cui si basa un invio: {{count}}",
  "digest.line.consent-expiring": "Consensi che scadono nei prossimi {{days}} giorni: {{count}}",
  "digest.line.review-overdue": "Revisioni del piano scadute: {{count}}",
  "digest.line.step-due": "Passi in scadenza nei prossimi {{days}} giorni: {{count}}",
  "digest.line.review-due": "Revisioni del piano nei prossimi {{days}} giorni: {{count}}",
  "digest.line.reflection-ending": "Periodi di riflessione che finiscono nei prossimi {{days}} giorni: {{count}}",
  "digest.line.referral-waiting": "Invii in attesa di risposta: {{count}}",
  "digest.line.follow-up-due": "Contatti di follow-up dopo la chiusura da fare: {{count}}",
  "digest.line.approvals-waiting": "Piani in attesa della tua approvazione: {{count}}",
  "digest.open": "Apri il tuo lavoro: {{url}}",
  "digest.why":
    "Questa email contiene solo numeri, mai un nome: le email possono essere inoltrate o lette da altri. Puoi disattivarla nella pagina del tuo account.",
};
