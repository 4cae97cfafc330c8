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
  "digest.line.appointment-overlap": "Appointments that overlap another of the same woman: {{count}}",
  "digest.line.interpreter-not-booked": "Interpreters not booked for appointments in the next {{days}} days: {{count}}",
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
  "digest.line.appointment-overlap": "Termine, die sich mit einem anderen derselben Frau überschneiden: {{count}}",
  "digest.line.interpreter-not-booked":
    "Nicht gebuchte Dolmetschende für Termine in den nächsten {{days}} Tagen: {{count}}",
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
  "digest.line.appointment-overlap": "Appuntamenti che si sovrappongono a un altro della stessa donna: {{count}}",
  "digest.line.interpreter-not-booked":
    "Interpreti non prenotati per appuntamenti nei prossimi {{days}} giorni: {{count}}",
  "digest.line.follow-up-due": "Contatti di follow-up dopo la chiusura da fare: {{count}}",
  "digest.line.approvals-waiting": "Piani in attesa della tua approvazione: {{count}}",
  "digest.open": "Apri il tuo lavoro: {{url}}",
  "digest.why":
    "Questa email contiene solo numeri, mai un nome: le email possono essere inoltrate o lette da altri. Puoi disattivarla nella pagina del tuo account.",
};

export const el: MessagesOf<typeof en> = {
  "digest.subject": "GeSIM Planner: η δουλειά σας σήμερα",
  "digest.intro": "Καλημέρα. Αυτά σας περιμένουν σήμερα στο GeSIM Planner:",
  "digest.line.step-overdue": "Εκπρόθεσμα βήματα: {{count}}",
  "digest.line.consent-expired-in-use": "Συγκαταθέσεις που έληξαν ενώ μια παραπομπή βασίζεται σε αυτές: {{count}}",
  "digest.line.consent-expiring": "Συγκαταθέσεις που λήγουν τις επόμενες {{days}} ημέρες: {{count}}",
  "digest.line.review-overdue": "Εκπρόθεσμες επανεξετάσεις σχεδίων: {{count}}",
  "digest.line.step-due": "Βήματα με προθεσμία τις επόμενες {{days}} ημέρες: {{count}}",
  "digest.line.review-due": "Επανεξετάσεις σχεδίων τις επόμενες {{days}} ημέρες: {{count}}",
  "digest.line.reflection-ending": "Περίοδοι περίσκεψης που λήγουν τις επόμενες {{days}} ημέρες: {{count}}",
  "digest.line.referral-waiting": "Παραπομπές που περιμένουν απάντηση: {{count}}",
  "digest.line.appointment-overlap": "Ραντεβού που συμπίπτουν με άλλο της ίδιας γυναίκας: {{count}}",
  "digest.line.interpreter-not-booked":
    "Διερμηνείς που δεν έχουν κλειστεί για ραντεβού των επόμενων {{days}} ημερών: {{count}}",
  "digest.line.follow-up-due": "Επαφές παρακολούθησης μετά το κλείσιμο που πρέπει να γίνουν: {{count}}",
  "digest.line.approvals-waiting": "Σχέδια που περιμένουν την έγκρισή σας: {{count}}",
  "digest.open": "Ανοίξτε τη δουλειά σας: {{url}}",
  "digest.why":
    "Αυτό το e-mail περιέχει μόνο αριθμούς, ποτέ ονόματα: ένα e-mail μπορεί να προωθηθεί ή να διαβαστεί από άλλους. Μπορείτε να το απενεργοποιήσετε στη σελίδα του λογαριασμού σας.",
};

export const es: MessagesOf<typeof en> = {
  "digest.subject": "GeSIM Planner: su trabajo de hoy",
  "digest.intro": "Buenos días. Esto es lo que le espera hoy en GeSIM Planner:",
  "digest.line.step-overdue": "Pasos vencidos: {{count}}",
  "digest.line.consent-expired-in-use": "Consentimientos caducados de los que depende una derivación: {{count}}",
  "digest.line.consent-expiring": "Consentimientos que caducan en los próximos {{days}} días: {{count}}",
  "digest.line.review-overdue": "Revisiones de plan vencidas: {{count}}",
  "digest.line.step-due": "Pasos que vencen en los próximos {{days}} días: {{count}}",
  "digest.line.review-due": "Revisiones de plan que vencen en los próximos {{days}} días: {{count}}",
  "digest.line.reflection-ending": "Periodos de reflexión que terminan en los próximos {{days}} días: {{count}}",
  "digest.line.referral-waiting": "Derivaciones a la espera de respuesta: {{count}}",
  "digest.line.appointment-overlap": "Citas que coinciden con otra de la misma mujer: {{count}}",
  "digest.line.interpreter-not-booked": "Intérpretes sin reservar para citas de los próximos {{days}} días: {{count}}",
  "digest.line.follow-up-due": "Contactos de seguimiento tras el cierre pendientes: {{count}}",
  "digest.line.approvals-waiting": "Planes a la espera de su aprobación: {{count}}",
  "digest.open": "Abra su trabajo: {{url}}",
  "digest.why":
    "Este correo solo contiene cifras, nunca un nombre: un correo puede reenviarse o leerlo otras personas. Puede desactivarlo en la página de su cuenta.",
};

export const fr: MessagesOf<typeof en> = {
  "digest.subject": "GeSIM Planner : votre travail du jour",
  "digest.intro": "Bonjour. Voici ce qui vous attend aujourd'hui dans GeSIM Planner :",
  "digest.line.step-overdue": "Étapes en retard : {{count}}",
  "digest.line.consent-expired-in-use": "Consentements expirés alors qu'une orientation en dépend : {{count}}",
  "digest.line.consent-expiring": "Consentements qui expirent dans les {{days}} prochains jours : {{count}}",
  "digest.line.review-overdue": "Réexamens de plan en retard : {{count}}",
  "digest.line.step-due": "Étapes à échéance dans les {{days}} prochains jours : {{count}}",
  "digest.line.review-due": "Réexamens de plan à échéance dans les {{days}} prochains jours : {{count}}",
  "digest.line.reflection-ending": "Délais de réflexion qui se terminent dans les {{days}} prochains jours : {{count}}",
  "digest.line.referral-waiting": "Orientations en attente de réponse : {{count}}",
  "digest.line.appointment-overlap": "Rendez-vous qui chevauchent un autre de la même femme : {{count}}",
  "digest.line.interpreter-not-booked":
    "Interprètes non réservé·es pour des rendez-vous dans les {{days}} prochains jours : {{count}}",
  "digest.line.follow-up-due": "Contacts de suivi après la clôture arrivés à échéance : {{count}}",
  "digest.line.approvals-waiting": "Plans en attente de votre approbation : {{count}}",
  "digest.open": "Ouvrir votre travail : {{url}}",
  "digest.why":
    "Cet e-mail ne contient que des nombres, jamais de nom : un e-mail peut être transféré ou lu par d'autres. Vous pouvez le désactiver sur la page de votre compte.",
};

export const ro: MessagesOf<typeof en> = {
  "digest.subject": "GeSIM Planner: activitatea dumneavoastră de azi",
  "digest.intro": "Bună dimineața. Iată ce vă așteaptă azi în GeSIM Planner:",
  "digest.line.step-overdue": "Pași întârziați: {{count}}",
  "digest.line.consent-expired-in-use": "Consimțăminte expirate pe care se bazează o referire: {{count}}",
  "digest.line.consent-expiring": "Consimțăminte care expiră în următoarele {{days}} zile: {{count}}",
  "digest.line.review-overdue": "Revizuiri de plan întârziate: {{count}}",
  "digest.line.step-due": "Pași scadenți în următoarele {{days}} zile: {{count}}",
  "digest.line.review-due": "Revizuiri de plan scadente în următoarele {{days}} zile: {{count}}",
  "digest.line.reflection-ending": "Perioade de reflecție care se încheie în următoarele {{days}} zile: {{count}}",
  "digest.line.referral-waiting": "Referiri care așteaptă un răspuns: {{count}}",
  "digest.line.appointment-overlap": "Programări care se suprapun cu alta a aceleiași femei: {{count}}",
  "digest.line.interpreter-not-booked":
    "Interpreți nerezervați pentru programări în următoarele {{days}} zile: {{count}}",
  "digest.line.follow-up-due": "Contacte de monitorizare după închidere scadente: {{count}}",
  "digest.line.approvals-waiting": "Planuri care așteaptă aprobarea dumneavoastră: {{count}}",
  "digest.open": "Deschideți activitatea dumneavoastră: {{url}}",
  "digest.why":
    "Acest e-mail conține doar numere, niciodată un nume: e-mailurile pot fi redirecționate sau citite de alții. Îl puteți dezactiva din pagina contului dumneavoastră.",
};

export const bg: MessagesOf<typeof en> = {
  "digest.subject": "GeSIM Planner: Вашата работа днес",
  "digest.intro": "Добро утро. Ето какво Ви очаква днес в GeSIM Planner:",
  "digest.line.step-overdue": "Просрочени стъпки: {{count}}",
  "digest.line.consent-expired-in-use": "Изтекли съгласия, на които разчита насочване: {{count}}",
  "digest.line.consent-expiring": "Съгласия, изтичащи през следващите {{days}} дни: {{count}}",
  "digest.line.review-overdue": "Просрочени прегледи на план: {{count}}",
  "digest.line.step-due": "Стъпки със срок през следващите {{days}} дни: {{count}}",
  "digest.line.review-due": "Прегледи на план със срок през следващите {{days}} дни: {{count}}",
  "digest.line.reflection-ending": "Периоди на размисъл, изтичащи през следващите {{days}} дни: {{count}}",
  "digest.line.referral-waiting": "Насочвания, очакващи отговор: {{count}}",
  "digest.line.appointment-overlap": "Срещи, които се застъпват с друга среща на същата жена: {{count}}",
  "digest.line.interpreter-not-booked": "Незаявени преводачи за срещи в следващите {{days}} дни: {{count}}",
  "digest.line.follow-up-due": "Предстоящи последващи контакти след приключване: {{count}}",
  "digest.line.approvals-waiting": "Планове, очакващи Вашето одобрение: {{count}}",
  "digest.open": "Отворете работата си: {{url}}",
  "digest.why":
    "Този имейл съдържа само бройки, никога имена: имейлите могат да бъдат препратени или прочетени от други. Можете да го изключите от страницата на профила си.",
};
