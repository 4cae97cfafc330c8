/** Reminders to her (issue 19): drafted beside her safe-contact rules, never sent by the app. */
export const en = {
  "reminderDraft.title": "Draft a reminder",
  "reminderDraft.link": "Draft a reminder",
  "reminderDraft.linkLabel": "Draft a reminder of the appointment on {{date}}",
  "reminderDraft.back": "Back to her appointments",
  "reminderDraft.when": "Her appointment on {{date}} at {{time}}.",
  "reminderDraft.neverSent": "The app sends nothing: copy the message and send it yourself, only in a way she allowed.",
  "reminderDraft.messageTitle": "The message",
  "reminderDraft.inHerLanguage": "The message is in {{language}}, one of her languages.",
  "reminderDraft.inEnglish":
    "The message is in English: none of her languages ({{languages}}) is available in this app yet. Check that she reads English, or translate it with her interpreter.",
  "reminderDraft.channel": "How will you contact her?",
  "reminderDraft.channelHint": "Only the ways she allowed are offered.",
  "reminderDraft.place": "Add a place (optional)",
  "reminderDraft.placeHint":
    "Leave it empty unless it is safe to write the place down for her. The place of the appointment is never added by itself.",
  "reminderDraft.submit": "Draft the message",
  "reminderDraft.textLabel": "Message to copy ({{channel}})",
  "reminderDraft.copyHint":
    "Select the text and copy it. It names no organisation and nothing of her situation; do not add them.",
  "reminderDraft.neverLeaveMessage":
    "Never leave a message: no voicemail, no note, no word with anyone else. If she does not answer, try again at a safe time.",
  "reminderDraft.safeTimes": "Contact her only: {{times}}.",
  "reminderDraft.codeWordHint":
    "The code word is for checking that you are speaking with her. Never write it in a message.",
} as const;

export const de: Record<keyof typeof en, string> = {
  "reminderDraft.title": "Erinnerung entwerfen",
  "reminderDraft.link": "Erinnerung entwerfen",
  "reminderDraft.linkLabel": "Erinnerung an den Termin am {{date}} entwerfen",
  "reminderDraft.back": "Zurück zu ihren Terminen",
  "reminderDraft.when": "Ihr Termin am {{date}} um {{time}}.",
  "reminderDraft.neverSent":
    "Die App sendet nichts: Kopieren Sie die Nachricht und senden Sie sie selbst, nur auf einem Weg, den sie erlaubt hat.",
  "reminderDraft.messageTitle": "Die Nachricht",
  "reminderDraft.inHerLanguage": "Die Nachricht ist auf {{language}}, einer ihrer Sprachen.",
  "reminderDraft.inEnglish":
    "Die Nachricht ist auf Englisch: Keine ihrer Sprachen ({{languages}}) gibt es in dieser App bisher. Prüfen Sie, ob sie Englisch liest, oder übersetzen Sie sie mit ihrer Dolmetscherin.",
  "reminderDraft.channel": "Wie werden Sie sie kontaktieren?",
  "reminderDraft.channelHint": "Angeboten werden nur die Wege, die sie erlaubt hat.",
  "reminderDraft.place": "Ort hinzufügen (freiwillig)",
  "reminderDraft.placeHint":
    "Lassen Sie das Feld leer, außer es ist sicher, den Ort für sie aufzuschreiben. Der Ort des Termins wird nie von selbst eingefügt.",
  "reminderDraft.submit": "Nachricht entwerfen",
  "reminderDraft.textLabel": "Nachricht zum Kopieren ({{channel}})",
  "reminderDraft.copyHint":
    "Markieren und kopieren Sie den Text. Er nennt keine Organisation und nichts über ihre Lage; fügen Sie das nicht hinzu.",
  "reminderDraft.neverLeaveMessage":
    "Nie eine Nachricht hinterlassen: keine Mailbox, keine Notiz, kein Wort an andere. Wenn sie nicht antwortet, versuchen Sie es zu einer sicheren Zeit erneut.",
  "reminderDraft.safeTimes": "Kontakt nur: {{times}}.",
  "reminderDraft.codeWordHint":
    "Das Codewort dient der Prüfung, dass Sie mit ihr sprechen. Schreiben Sie es nie in eine Nachricht.",
};

export const it: Record<keyof typeof en, string> = {
  "reminderDraft.title": "Prepara un promemoria",
  "reminderDraft.link": "Prepara un promemoria",
  "reminderDraft.linkLabel": "Prepara un promemoria dell'appuntamento del {{date}}",
  "reminderDraft.back": "Torna ai suoi appuntamenti",
  "reminderDraft.when": "Il suo appuntamento del {{date}} alle {{time}}.",
  "reminderDraft.neverSent":
    "L'app non invia nulla: copia il messaggio e invialo tu, solo in un modo che lei ha autorizzato.",
  "reminderDraft.messageTitle": "Il messaggio",
  "reminderDraft.inHerLanguage": "Il messaggio è in {{language}}, una delle sue lingue.",
  "reminderDraft.inEnglish":
    "Il messaggio è in inglese: nessuna delle sue lingue ({{languages}}) è ancora disponibile in questa app. Verifica che legga l'inglese, o traducilo con la sua interprete.",
  "reminderDraft.channel": "Come la contatterai?",
  "reminderDraft.channelHint": "Sono proposti solo i modi che lei ha autorizzato.",
  "reminderDraft.place": "Aggiungi un luogo (facoltativo)",
  "reminderDraft.placeHint":
    "Lascia vuoto, a meno che scrivere il luogo sia sicuro per lei. Il luogo dell'appuntamento non viene mai aggiunto da solo.",
  "reminderDraft.submit": "Prepara il messaggio",
  "reminderDraft.textLabel": "Messaggio da copiare ({{channel}})",
  "reminderDraft.copyHint":
    "Seleziona il testo e copialo. Non nomina nessuna organizzazione né nulla della sua situazione; non aggiungerli.",
  "reminderDraft.neverLeaveMessage":
    "Non lasciare mai un messaggio: niente segreteria, niente biglietti, nessuna parola ad altri. Se non risponde, riprova in un orario sicuro.",
  "reminderDraft.safeTimes": "Contattala solo: {{times}}.",
  "reminderDraft.codeWordHint":
    "La parola in codice serve a verificare che stai parlando con lei. Non scriverla mai in un messaggio.",
};
