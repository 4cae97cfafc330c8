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

export const el: Record<keyof typeof en, string> = {
  "journey.safetyPlanOn": "Σχέδιο ασφάλειας που φτιάχτηκε ή επανεξετάστηκε μαζί της στις",
  "journey.safetyPlanHint": "Και η πιο πρόσφατη αξιολόγηση κινδύνου της μετρά ως επανεξέταση.",
  "journey.safetyPlanNone": "Δεν έχει καταγραφεί ακόμη",
  "journey.error.date": "Εισαγάγετε ημερομηνία ως ημέρα, μήνα και έτος.",
  "journey.inPlan": "Σε εξέλιξη: το «{{action}}» είναι στο σχέδιό της.",
  "journey.status.current": "Η υπόθεσή της είναι τώρα:",
  "journey.status.moveTo": "Μετακίνηση της υπόθεσής της σε",
  "journey.status.save": "Αλλαγή κατάστασης",
  "journey.status.choose": "Επιλέξτε την κατάσταση στην οποία περνά η υπόθεσή της.",
  "client.saved.set-status": "Η κατάσταση της υπόθεσής της άλλαξε.",
  "journey.consent.provider": "Πάροχος από τον κατάλογο",
  "journey.consent.notAProvider": "Όχι πάροχος: γράψτε τον αποδέκτη παρακάτω",
  "journey.consent.unknownProvider": "Αυτός ο πάροχος δεν υπάρχει στον κατάλογό σας. Επιλέξτε έναν από τη λίστα.",
  "journey.consent.oneRecipient": "Επιλέξτε πάροχο ή γράψτε αποδέκτη που δεν είναι πάροχος, όχι και τα δύο.",
  "journey.consent.goneProvider": "Πάροχος που δεν υπάρχει πλέον στον κατάλογο",
  "journey.referral.recordTitle": "Καταγραφή της συγκατάθεσής της για αυτόν τον πάροχο",
  "journey.referral.agreed":
    "Συμφώνησε σήμερα ότι ο/η {{provider}} μπορεί να λάβει τα δεδομένα της για αυτή την παραπομπή",
  "journey.referral.agreedRequired": "Επιλέξτε το μόνο αν συμφώνησε· χωρίς τη συγκατάθεσή της δεν γίνεται παραπομπή.",
  "journey.referral.recordAndRefer": "Καταγραφή της συγκατάθεσής της και παραπομπή",
  "journey.erased.plan":
    "Ο φάκελός της διαγράφηκε κατόπιν αιτήματός της. Δεν μπορεί να προστεθεί τίποτα και δεν υπάρχει σχέδιο για επεξεργασία.",
  "journey.refused.title": "Δεν μπορείτε να το ανοίξετε",
  "journey.refused.why":
    "Αυτός ο φάκελος ανήκει σε άλλη κοινωνική λειτουργό ή ο ρόλος σας δεν τον περιλαμβάνει. Ζητήστε από εκείνη ή από τη διεύθυνση προγράμματος να σας τον κοινοποιήσει.",
  "journey.notFound.why":
    "Μπορεί να έχει αφαιρεθεί ή η διεύθυνση δεν είναι πλήρης. Επιστρέψτε στις υποθέσεις σας και ανοίξτε τον από εκεί.",
  "journey.print.onHold": "Σε αναμονή: δουλεύουμε πάνω σε ό,τι στέκεται εμπόδιο",
  "journey.print.overdue": "Είχε προγραμματιστεί έως {{date}}: ορίζουμε μαζί νέα ημερομηνία",
  "journey.print.undated": "Βήματα χωρίς ημερομηνία: επιλέγουμε μαζί την ημερομηνία.",
};

export const es: Record<keyof typeof en, string> = {
  "journey.safetyPlanOn": "Plan de seguridad elaborado o revisado con ella el",
  "journey.safetyPlanHint": "Su última valoración del riesgo también cuenta como revisión.",
  "journey.safetyPlanNone": "Aún no registrado",
  "journey.error.date": "Introduzca una fecha con día, mes y año.",
  "journey.inPlan": "En curso: «{{action}}» está en su plan.",
  "journey.status.current": "Su caso está ahora:",
  "journey.status.moveTo": "Pasar su caso a",
  "journey.status.save": "Cambiar estado",
  "journey.status.choose": "Elija el estado al que pasa su caso.",
  "client.saved.set-status": "Se ha cambiado el estado de su caso.",
  "journey.consent.provider": "Entidad del directorio",
  "journey.consent.notAProvider": "No es una entidad del directorio: escriba el destinatario abajo",
  "journey.consent.unknownProvider": "Esta entidad no está en su directorio. Elija una de la lista.",
  "journey.consent.oneRecipient": "Elija una entidad o escriba un destinatario que no sea una entidad, no ambas cosas.",
  "journey.consent.goneProvider": "Una entidad que ya no está en el directorio",
  "journey.referral.recordTitle": "Registrar su consentimiento para esta entidad",
  "journey.referral.agreed": "Hoy ha aceptado que {{provider}} reciba sus datos para esta derivación",
  "journey.referral.agreedRequired": "Marque esto solo si ella lo aceptó; sin su consentimiento no hay derivación.",
  "journey.referral.recordAndRefer": "Registrar su consentimiento y derivar",
  "journey.erased.plan":
    "Su expediente se borró a petición suya. No se le puede añadir nada y no hay ningún plan en el que trabajar.",
  "journey.refused.title": "No puede abrir esto",
  "journey.refused.why":
    "Este expediente pertenece a otra profesional de referencia, o su rol no lo incluye. Pídale a ella o a su responsable que se lo compartan.",
  "journey.notFound.why":
    "Puede que se haya eliminado, o la dirección no está completa. Vuelva a sus casos y ábralo desde allí.",
  "journey.print.onHold": "En espera: estamos trabajando en lo que lo impide",
  "journey.print.overdue": "Estaba previsto para el {{date}}: fijamos juntas una nueva fecha",
  "journey.print.undated": "Pasos sin fecha: elegimos juntas la fecha.",
};

export const fr: Record<keyof typeof en, string> = {
  "journey.safetyPlanOn": "Plan de sécurité établi ou réexaminé avec elle le",
  "journey.safetyPlanHint": "Sa dernière évaluation des risques compte aussi comme réexamen.",
  "journey.safetyPlanNone": "Pas encore enregistré",
  "journey.error.date": "Saisissez une date avec le jour, le mois et l'année.",
  "journey.inPlan": "En cours : « {{action}} » figure dans son plan.",
  "journey.status.current": "Son dossier est maintenant :",
  "journey.status.moveTo": "Faire passer son dossier à",
  "journey.status.save": "Changer le statut",
  "journey.status.choose": "Choisissez le statut vers lequel passe son dossier.",
  "client.saved.set-status": "Le statut de son dossier a été modifié.",
  "journey.consent.provider": "Prestataire de l'annuaire",
  "journey.consent.notAProvider": "Pas un prestataire : indiquez le destinataire ci-dessous",
  "journey.consent.unknownProvider":
    "Ce prestataire ne figure pas dans votre annuaire. Choisissez-en un dans la liste.",
  "journey.consent.oneRecipient":
    "Choisissez un prestataire ou indiquez un destinataire qui n'est pas un prestataire, pas les deux.",
  "journey.consent.goneProvider": "Un prestataire qui ne figure plus dans l'annuaire",
  "journey.referral.recordTitle": "Enregistrer son consentement pour ce prestataire",
  "journey.referral.agreed": "Elle a accepté aujourd'hui que {{provider}} reçoive ses données pour cette orientation",
  "journey.referral.agreedRequired":
    "Ne cochez cette case que si elle a donné son accord ; sans son consentement, pas d'orientation.",
  "journey.referral.recordAndRefer": "Enregistrer son consentement et orienter",
  "journey.erased.plan":
    "Son dossier a été effacé à sa demande. Rien ne peut y être ajouté, et il n'y a pas de plan sur lequel travailler.",
  "journey.refused.title": "Vous ne pouvez pas ouvrir cet élément",
  "journey.refused.why":
    "Ce dossier appartient à un·e autre référent·e, ou votre rôle n'y donne pas accès. Demandez à cette personne ou à votre responsable de le partager avec vous.",
  "journey.notFound.why":
    "Il a peut-être été supprimé, ou l'adresse est incomplète. Revenez à votre file active et ouvrez-le depuis celle-ci.",
  "journey.print.onHold": "En attente : nous travaillons sur ce qui fait obstacle",
  "journey.print.overdue": "Était prévu pour le {{date}} : nous fixons ensemble une nouvelle date",
  "journey.print.undated": "Étapes sans date : nous choisissons la date ensemble.",
};

export const ro: Record<keyof typeof en, string> = {
  "journey.safetyPlanOn": "Plan de siguranță făcut sau revizuit împreună cu ea pe",
  "journey.safetyPlanHint": "Cea mai recentă evaluare a riscurilor contează și ea ca revizuire.",
  "journey.safetyPlanNone": "Încă neînregistrat",
  "journey.error.date": "Introduceți o dată cu zi, lună și an.",
  "journey.inPlan": "În curs: „{{action}}” este în planul ei.",
  "journey.status.current": "Cazul ei este acum:",
  "journey.status.moveTo": "Treceți cazul ei în",
  "journey.status.save": "Schimbați stadiul",
  "journey.status.choose": "Alegeți stadiul în care trece cazul ei.",
  "client.saved.set-status": "Stadiul cazului ei a fost schimbat.",
  "journey.consent.provider": "Furnizor din registru",
  "journey.consent.notAProvider": "Nu este un furnizor: scrieți destinatarul mai jos",
  "journey.consent.unknownProvider": "Acest furnizor nu este în registrul dumneavoastră. Alegeți unul din listă.",
  "journey.consent.oneRecipient": "Alegeți un furnizor sau scrieți un destinatar care nu este furnizor, nu amândouă.",
  "journey.consent.goneProvider": "Un furnizor care nu mai este în registru",
  "journey.referral.recordTitle": "Înregistrați consimțământul ei pentru acest furnizor",
  "journey.referral.agreed": "Ea a fost de acord astăzi ca {{provider}} să primească datele ei pentru această referire",
  "journey.referral.agreedRequired": "Bifați doar dacă ea a fost de acord; fără consimțământul ei nu există referire.",
  "journey.referral.recordAndRefer": "Înregistrați consimțământul ei și referiți",
  "journey.erased.plan":
    "Fișa ei a fost ștearsă la cererea ei. Nu se mai poate adăuga nimic și nu există niciun plan la care să se lucreze.",
  "journey.refused.title": "Nu puteți deschide aceasta",
  "journey.refused.why":
    "Această fișă aparține altui manager de caz sau rolul dumneavoastră nu o include. Cereți-i acelei persoane sau managerului dumneavoastră să o partajeze cu dumneavoastră.",
  "journey.notFound.why":
    "Este posibil să fi fost eliminată sau adresa nu este completă. Întoarceți-vă la lista de cazuri și deschideți-o de acolo.",
  "journey.print.onHold": "În așteptare: lucrăm la ceea ce stă în cale",
  "journey.print.overdue": "Era planificat până la {{date}}: stabilim împreună o dată nouă",
  "journey.print.undated": "Pași fără dată: alegem data împreună.",
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
