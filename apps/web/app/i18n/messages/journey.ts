/** The caseworker journey with a new woman (issue 16): safety plan, in-plan suggestions, status, consents. */
export const en = {
  "journey.safetyPlanOn": "Safety plan made or reviewed with her on",
  "journey.safetyPlanHint": "Her latest risk assessment counts as a review too.",
  "journey.safetyPlanNone": "Not recorded yet",
  "journey.error.date": "Enter a date as day, month and year.",
  "journey.inPlan": "In progress: “{{action}}” is in her plan.",
  "journey.status.current": "Her case is now:",
  "journey.status.moveTo": "Move her case to",
  "journey.status.save": "Change status",
  "journey.status.choose": "Choose the status her case moves to.",
  "client.saved.set-status": "The status of her case is changed.",
  "journey.consent.provider": "Provider from the directory",
  "journey.consent.notAProvider": "Not a provider: write the recipient below",
  "journey.consent.unknownProvider": "This provider is not in your directory. Choose one from the list.",
  "journey.consent.oneRecipient": "Choose a provider or write a recipient who is not a provider, not both.",
  "journey.consent.goneProvider": "A provider no longer in the directory",
  "journey.referral.recordTitle": "Record her consent for this provider",
  "journey.referral.agreed": "She agreed today that {{provider}} may receive her data for this referral",
  "journey.referral.agreedRequired": "Tick this only when she agreed; without her consent there is no referral.",
  "journey.referral.recordAndRefer": "Record her consent and refer",
  "journey.erased.plan":
    "Her record was erased on her request. Nothing can be added to it, and there is no plan to work on.",
  "journey.refused.title": "You cannot open this",
  "journey.refused.why":
    "This record belongs to another caseworker, or your role does not include it. Ask her or your manager to share it with you.",
  "journey.notFound.why":
    "It may have been removed, or the address is not complete. Go back to your caseload and open it from there.",
  "journey.print.onHold": "On hold: we are working on what stands in the way",
  "journey.print.overdue": "Was planned by {{date}}: we set a new date together",
  "journey.print.undated": "Steps without a date: we choose the date together.",
} as const;

export const de: Record<keyof typeof en, string> = {
  "journey.safetyPlanOn": "Sicherheitsplan mit ihr erstellt oder überprüft am",
  "journey.safetyPlanHint": "Ihre letzte Risikoeinschätzung zählt ebenfalls als Überprüfung.",
  "journey.safetyPlanNone": "Noch nicht erfasst",
  "journey.error.date": "Geben Sie ein Datum mit Tag, Monat und Jahr ein.",
  "journey.inPlan": "In Arbeit: „{{action}}“ steht in ihrem Plan.",
  "journey.status.current": "Ihr Fall ist jetzt:",
  "journey.status.moveTo": "Ihren Fall setzen auf",
  "journey.status.save": "Status ändern",
  "journey.status.choose": "Wählen Sie den neuen Status ihres Falls.",
  "client.saved.set-status": "Der Status ihres Falls ist geändert.",
  "journey.consent.provider": "Einrichtung aus dem Verzeichnis",
  "journey.consent.notAProvider": "Keine Einrichtung: Empfänger unten eintragen",
  "journey.consent.unknownProvider":
    "Diese Einrichtung steht nicht in Ihrem Verzeichnis. Wählen Sie eine aus der Liste.",
  "journey.consent.oneRecipient":
    "Wählen Sie eine Einrichtung oder tragen Sie einen anderen Empfänger ein, nicht beides.",
  "journey.consent.goneProvider": "Eine Einrichtung, die nicht mehr im Verzeichnis steht",
  "journey.referral.recordTitle": "Ihre Einwilligung für diese Einrichtung erfassen",
  "journey.referral.agreed": "Sie hat heute zugestimmt, dass {{provider}} ihre Daten für diese Vermittlung erhält",
  "journey.referral.agreedRequired":
    "Nur ankreuzen, wenn sie zugestimmt hat: ohne ihre Einwilligung keine Vermittlung.",
  "journey.referral.recordAndRefer": "Einwilligung erfassen und vermitteln",
  "journey.erased.plan":
    "Ihr Datensatz wurde auf ihren Wunsch gelöscht. Es kann nichts hinzugefügt werden, und es gibt keinen Plan zum Bearbeiten.",
  "journey.refused.title": "Das können Sie nicht öffnen",
  "journey.refused.why":
    "Dieser Datensatz gehört zu einer anderen Fallbegleiterin, oder Ihre Rolle umfasst ihn nicht. Bitten Sie sie oder Ihre Leitung, ihn mit Ihnen zu teilen.",
  "journey.notFound.why":
    "Vielleicht wurde es entfernt, oder die Adresse ist unvollständig. Gehen Sie zurück zu Ihren Fällen und öffnen Sie es von dort.",
  "journey.print.onHold": "Pausiert: Wir arbeiten an dem, was im Weg steht",
  "journey.print.overdue": "War bis {{date}} geplant: Wir legen gemeinsam ein neues Datum fest",
  "journey.print.undated": "Schritte ohne Datum: Das Datum legen wir gemeinsam fest.",
};

export const it: Record<keyof typeof en, string> = {
  "journey.safetyPlanOn": "Piano di sicurezza fatto o rivisto con lei il",
  "journey.safetyPlanHint": "Conta come revisione anche la sua ultima valutazione del rischio.",
  "journey.safetyPlanNone": "Non ancora registrato",
  "journey.error.date": "Inserisci una data con giorno, mese e anno.",
  "journey.inPlan": "In corso: «{{action}}» è nel suo piano.",
  "journey.status.current": "Il suo caso ora è:",
  "journey.status.moveTo": "Porta il suo caso a",
  "journey.status.save": "Cambia stato",
  "journey.status.choose": "Scegli lo stato a cui passa il suo caso.",
  "client.saved.set-status": "Lo stato del suo caso è cambiato.",
  "journey.consent.provider": "Servizio dall'elenco",
  "journey.consent.notAProvider": "Non è un servizio: scrivi il destinatario qui sotto",
  "journey.consent.unknownProvider": "Questo servizio non è nel vostro elenco. Scegline uno dalla lista.",
  "journey.consent.oneRecipient":
    "Scegli un servizio oppure scrivi un destinatario che non è un servizio, non entrambi.",
  "journey.consent.goneProvider": "Un servizio non più presente nell'elenco",
  "journey.referral.recordTitle": "Registra il suo consenso per questo servizio",
  "journey.referral.agreed": "Oggi ha acconsentito che {{provider}} riceva i suoi dati per questo invio",
  "journey.referral.agreedRequired": "Spunta solo se ha acconsentito: senza il suo consenso nessun invio.",
  "journey.referral.recordAndRefer": "Registra il consenso e invia",
  "journey.erased.plan":
    "La sua scheda è stata cancellata su sua richiesta. Non si può aggiungere nulla e non c'è un piano su cui lavorare.",
  "journey.refused.title": "Non puoi aprire questa pagina",
  "journey.refused.why":
    "Questa scheda appartiene a un'altra operatrice, oppure il tuo ruolo non la comprende. Chiedi a lei o alla tua responsabile di condividerla con te.",
  "journey.notFound.why": "Forse è stata rimossa, oppure l'indirizzo è incompleto. Torna ai tuoi casi e aprila da lì.",
  "journey.print.onHold": "In sospeso: lavoriamo su ciò che lo impedisce",
  "journey.print.overdue": "Era previsto entro il {{date}}: fissiamo insieme una nuova data",
  "journey.print.undated": "Passi senza data: la scegliamo insieme.",
};

export const bg: Record<keyof typeof en, string> = {
  "journey.safetyPlanOn": "План за безопасност, изготвен или прегледан с нея на",
  "journey.safetyPlanHint": "Последната ѝ оценка на риска също се брои за преглед.",
  "journey.safetyPlanNone": "Все още не е записано",
  "journey.error.date": "Въведете дата като ден, месец и година.",
  "journey.inPlan": "В изпълнение: „{{action}}“ е в нейния план.",
  "journey.status.current": "Нейният случай сега е:",
  "journey.status.moveTo": "Преместване на случая ѝ в",
  "journey.status.save": "Смени статуса",
  "journey.status.choose": "Изберете статуса, в който преминава случаят ѝ.",
  "client.saved.set-status": "Статусът на случая ѝ е променен.",
  "journey.consent.provider": "Доставчик от указателя",
  "journey.consent.notAProvider": "Не е доставчик: напишете получателя по-долу",
  "journey.consent.unknownProvider": "Този доставчик не е във Вашия указател. Изберете от списъка.",
  "journey.consent.oneRecipient": "Изберете доставчик или напишете получател, който не е доставчик, но не и двете.",
  "journey.consent.goneProvider": "Доставчик, който вече не е в указателя",
  "journey.referral.recordTitle": "Запис на нейното съгласие за този доставчик",
  "journey.referral.agreed": "Тя се съгласи днес {{provider}} да получи нейните данни за това насочване",
  "journey.referral.agreedRequired": "Отбележете това само ако тя се е съгласила; без нейното съгласие няма насочване.",
  "journey.referral.recordAndRefer": "Запиши съгласието ѝ и насочи",
  "journey.erased.plan":
    "Записът ѝ е заличен по нейно искане. Нищо не може да се добавя към него и няма план, по който да се работи.",
  "journey.refused.title": "Не можете да отворите това",
  "journey.refused.why":
    "Този запис принадлежи на друг социален работник или Вашата роля не го включва. Помолете колегата или ръководителя си да го сподели с Вас.",
  "journey.notFound.why":
    "Възможно е да е премахнат или адресът да не е пълен. Върнете се към случаите си и го отворете оттам.",
  "journey.print.onHold": "На изчакване: работим по това, което пречи",
  "journey.print.overdue": "Беше планирано до {{date}}: заедно определяме нова дата",
  "journey.print.undated": "Стъпки без дата: заедно избираме датата.",
};
