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

export const el: Record<keyof typeof en, string> = {
  "reminderDraft.title": "Σύνταξη υπενθύμισης",
  "reminderDraft.link": "Σύνταξη υπενθύμισης",
  "reminderDraft.linkLabel": "Σύνταξη υπενθύμισης για το ραντεβού στις {{date}}",
  "reminderDraft.back": "Πίσω στα ραντεβού της",
  "reminderDraft.when": "Το ραντεβού της στις {{date}} και ώρα {{time}}.",
  "reminderDraft.neverSent":
    "Η εφαρμογή δεν στέλνει τίποτα: αντιγράψτε το μήνυμα και στείλτε το εσείς, μόνο με έναν τρόπο που εκείνη επέτρεψε.",
  "reminderDraft.messageTitle": "Το μήνυμα",
  "reminderDraft.inHerLanguage": "Το μήνυμα είναι στα {{language}}, μία από τις γλώσσες της.",
  "reminderDraft.inEnglish":
    "Το μήνυμα είναι στα αγγλικά: καμία από τις γλώσσες της ({{languages}}) δεν υπάρχει ακόμη στην εφαρμογή. Βεβαιωθείτε ότι διαβάζει αγγλικά ή μεταφράστε το με τη διερμηνέα της.",
  "reminderDraft.channel": "Πώς θα επικοινωνήσετε μαζί της;",
  "reminderDraft.channelHint": "Προτείνονται μόνο οι τρόποι που επέτρεψε.",
  "reminderDraft.place": "Προσθήκη τόπου (προαιρετικά)",
  "reminderDraft.placeHint":
    "Αφήστε το κενό, εκτός αν είναι ασφαλές να γραφτεί ο τόπος γι' αυτήν. Ο τόπος του ραντεβού δεν προστίθεται ποτέ αυτόματα.",
  "reminderDraft.submit": "Σύνταξη του μηνύματος",
  "reminderDraft.textLabel": "Μήνυμα για αντιγραφή ({{channel}})",
  "reminderDraft.copyHint":
    "Επιλέξτε το κείμενο και αντιγράψτε το. Δεν αναφέρει κανέναν οργανισμό ούτε τίποτα από την κατάστασή της· μην τα προσθέσετε.",
  "reminderDraft.neverLeaveMessage":
    "Μην αφήνετε ποτέ μήνυμα: ούτε φωνητικό μήνυμα, ούτε σημείωμα, ούτε λέξη σε άλλους. Αν δεν απαντήσει, δοκιμάστε ξανά σε ασφαλή ώρα.",
  "reminderDraft.safeTimes": "Επικοινωνήστε μαζί της μόνο: {{times}}.",
  "reminderDraft.codeWordHint":
    "Η λέξη-κλειδί χρησιμεύει για να ελέγξετε ότι μιλάτε με εκείνη. Μην τη γράφετε ποτέ σε μήνυμα.",
};

export const es: Record<keyof typeof en, string> = {
  "reminderDraft.title": "Redactar un recordatorio",
  "reminderDraft.link": "Redactar un recordatorio",
  "reminderDraft.linkLabel": "Redactar un recordatorio de la cita del {{date}}",
  "reminderDraft.back": "Volver a sus citas",
  "reminderDraft.when": "Su cita del {{date}} a las {{time}}.",
  "reminderDraft.neverSent":
    "La aplicación no envía nada: copie el mensaje y envíelo usted, solo por una vía que ella haya permitido.",
  "reminderDraft.messageTitle": "El mensaje",
  "reminderDraft.inHerLanguage": "El mensaje está en {{language}}, uno de sus idiomas.",
  "reminderDraft.inEnglish":
    "El mensaje está en inglés: ninguno de sus idiomas ({{languages}}) está aún disponible en la aplicación. Compruebe que lee inglés o tradúzcalo con su intérprete.",
  "reminderDraft.channel": "¿Cómo va a contactar con ella?",
  "reminderDraft.channelHint": "Solo se ofrecen las vías que ella ha permitido.",
  "reminderDraft.place": "Añadir un lugar (opcional)",
  "reminderDraft.placeHint":
    "Déjelo vacío salvo que sea seguro escribirle el lugar. El lugar de la cita nunca se añade por sí solo.",
  "reminderDraft.submit": "Redactar el mensaje",
  "reminderDraft.textLabel": "Mensaje para copiar ({{channel}})",
  "reminderDraft.copyHint":
    "Seleccione el texto y cópielo. No nombra ninguna organización ni nada de su situación; no lo añada.",
  "reminderDraft.neverLeaveMessage":
    "No deje nunca un mensaje: ni buzón de voz, ni nota, ni recado a otras personas. Si no contesta, vuelva a intentarlo en un horario seguro.",
  "reminderDraft.safeTimes": "Contacte con ella solo: {{times}}.",
  "reminderDraft.codeWordHint":
    "La palabra clave sirve para comprobar que habla con ella. No la escriba nunca en un mensaje.",
};

export const fr: Record<keyof typeof en, string> = {
  "reminderDraft.title": "Rédiger un rappel",
  "reminderDraft.link": "Rédiger un rappel",
  "reminderDraft.linkLabel": "Rédiger un rappel du rendez-vous du {{date}}",
  "reminderDraft.back": "Retour à ses rendez-vous",
  "reminderDraft.when": "Son rendez-vous du {{date}} à {{time}}.",
  "reminderDraft.neverSent":
    "L'application n'envoie rien : copiez le message et envoyez-le vous-même, uniquement par un moyen qu'elle a autorisé.",
  "reminderDraft.messageTitle": "Le message",
  "reminderDraft.inHerLanguage": "Le message est en {{language}}, l'une de ses langues.",
  "reminderDraft.inEnglish":
    "Le message est en anglais : aucune de ses langues ({{languages}}) n'est encore disponible dans l'application. Vérifiez qu'elle lit l'anglais ou traduisez-le avec son interprète.",
  "reminderDraft.channel": "Comment allez-vous la contacter ?",
  "reminderDraft.channelHint": "Seuls les moyens qu'elle a autorisés sont proposés.",
  "reminderDraft.place": "Ajouter un lieu (facultatif)",
  "reminderDraft.placeHint":
    "Laissez vide, sauf s'il est sûr d'écrire le lieu pour elle. Le lieu du rendez-vous n'est jamais ajouté automatiquement.",
  "reminderDraft.submit": "Rédiger le message",
  "reminderDraft.textLabel": "Message à copier ({{channel}})",
  "reminderDraft.copyHint":
    "Sélectionnez le texte et copiez-le. Il ne nomme aucune organisation ni rien de sa situation ; ne les ajoutez pas.",
  "reminderDraft.neverLeaveMessage":
    "Ne laissez jamais de message : ni messagerie vocale, ni mot écrit, ni message à quelqu'un d'autre. Si elle ne répond pas, réessayez à un moment sûr.",
  "reminderDraft.safeTimes": "Contactez-la uniquement : {{times}}.",
  "reminderDraft.codeWordHint":
    "Le mot de code sert à vérifier que vous parlez bien avec elle. Ne l'écrivez jamais dans un message.",
};

export const ro: Record<keyof typeof en, string> = {
  "reminderDraft.title": "Redactați un memento",
  "reminderDraft.link": "Redactați un memento",
  "reminderDraft.linkLabel": "Redactați un memento pentru programarea din {{date}}",
  "reminderDraft.back": "Înapoi la programările ei",
  "reminderDraft.when": "Programarea ei din {{date}}, ora {{time}}.",
  "reminderDraft.neverSent":
    "Aplicația nu trimite nimic: copiați mesajul și trimiteți-l dumneavoastră, doar pe o cale pe care ea a permis-o.",
  "reminderDraft.messageTitle": "Mesajul",
  "reminderDraft.inHerLanguage": "Mesajul este în {{language}}, una dintre limbile ei.",
  "reminderDraft.inEnglish":
    "Mesajul este în engleză: niciuna dintre limbile ei ({{languages}}) nu este încă disponibilă în aplicație. Verificați dacă citește în engleză sau traduceți-l cu interpreta ei.",
  "reminderDraft.channel": "Cum o veți contacta?",
  "reminderDraft.channelHint": "Sunt oferite doar căile pe care le-a permis.",
  "reminderDraft.place": "Adăugați un loc (opțional)",
  "reminderDraft.placeHint":
    "Lăsați gol, cu excepția cazului în care este sigur să scrieți locul pentru ea. Locul programării nu este adăugat niciodată automat.",
  "reminderDraft.submit": "Redactați mesajul",
  "reminderDraft.textLabel": "Mesaj de copiat ({{channel}})",
  "reminderDraft.copyHint":
    "Selectați textul și copiați-l. Nu numește nicio organizație și nimic din situația ei; nu le adăugați.",
  "reminderDraft.neverLeaveMessage":
    "Nu lăsați niciodată un mesaj: nici mesagerie vocală, nici bilet, nici vorbă altcuiva. Dacă nu răspunde, încercați din nou la o oră sigură.",
  "reminderDraft.safeTimes": "Contactați-o doar: {{times}}.",
  "reminderDraft.codeWordHint":
    "Cuvântul-cod servește la verificarea faptului că vorbiți cu ea. Nu îl scrieți niciodată într-un mesaj.",
};

export const bg: Record<keyof typeof en, string> = {
  "reminderDraft.title": "Подготви напомняне",
  "reminderDraft.link": "Подготви напомняне",
  "reminderDraft.linkLabel": "Подготви напомняне за срещата на {{date}}",
  "reminderDraft.back": "Обратно към срещите ѝ",
  "reminderDraft.when": "Срещата ѝ на {{date}} в {{time}}.",
  "reminderDraft.neverSent":
    "Приложението не изпраща нищо: копирайте съобщението и го изпратете сами, само по начин, който тя е разрешила.",
  "reminderDraft.messageTitle": "Съобщението",
  "reminderDraft.inHerLanguage": "Съобщението е на {{language}}, един от нейните езици.",
  "reminderDraft.inEnglish":
    "Съобщението е на английски: нито един от нейните езици ({{languages}}) все още не е наличен в приложението. Проверете дали чете английски или го преведете с нейния преводач.",
  "reminderDraft.channel": "Как ще се свържете с нея?",
  "reminderDraft.channelHint": "Предлагат се само начините, които тя е разрешила.",
  "reminderDraft.place": "Добавете място (по желание)",
  "reminderDraft.placeHint":
    "Оставете празно, освен ако е безопасно мястото да бъде написано за нея. Мястото на срещата никога не се добавя само.",
  "reminderDraft.submit": "Подготви съобщението",
  "reminderDraft.textLabel": "Съобщение за копиране ({{channel}})",
  "reminderDraft.copyHint":
    "Маркирайте текста и го копирайте. В него няма име на организация и нищо за положението ѝ; не ги добавяйте.",
  "reminderDraft.neverLeaveMessage":
    "Никога не оставяйте съобщение: нито гласова поща, нито бележка, нито дума на друг човек. Ако не отговори, опитайте отново в безопасно време.",
  "reminderDraft.safeTimes": "Свързвайте се с нея само: {{times}}.",
  "reminderDraft.codeWordHint":
    "Кодовата дума служи, за да проверите, че говорите с нея. Никога не я пишете в съобщение.",
};
