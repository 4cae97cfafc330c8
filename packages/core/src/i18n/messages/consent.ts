import type { MessagesOf } from "../message-types.ts";

export const en = {
  "consent.purpose.service-referral": "Referral to a service",
  "consent.purpose.data-sharing": "Sharing her data with a named recipient",
  "consent.purpose.anonymised-reporting": "Counting in anonymised statistics",
  "consent.purpose.story-use": "Use of her story or quotes",
  "consent.purpose.follow-up-contact": "Being contacted after her case is closed",
  "consent.recordedHow.written-signed": "Written and signed",
  "consent.recordedHow.verbal-witnessed": "Verbal, witnessed",
  "consent.recordedHow.verbal-with-interpreter": "Verbal, with an interpreter",
  "consent.recordedHow.digital": "Digital",
  "consent.missing": "She has not given consent for this. Ask her first and record her consent.",
  "consent.withdrawn": "She has withdrawn her consent for this, so it cannot be done.",
  "consent.expired": "Her consent for this has expired. Ask her again before going ahead.",
  "consent.error.recipientRequired": "Name who receives her data.",
  "consent.error.expiryBeforeGiven": "The expiry date must be after the date consent was given.",
  "consent.error.withdrawnBeforeGiven": "Consent cannot be withdrawn before it was given.",
} as const;

export const de: MessagesOf<typeof en> = {
  "consent.purpose.service-referral": "Vermittlung an einen Dienst",
  "consent.purpose.data-sharing": "Weitergabe ihrer Daten an eine benannte Stelle",
  "consent.purpose.anonymised-reporting": "Berücksichtigung in anonymisierten Statistiken",
  "consent.purpose.story-use": "Verwendung ihrer Geschichte oder Zitate",
  "consent.purpose.follow-up-contact": "Kontakt nach Abschluss ihres Falls",
  "consent.recordedHow.written-signed": "Schriftlich und unterschrieben",
  "consent.recordedHow.verbal-witnessed": "Mündlich, mit Zeugin",
  "consent.recordedHow.verbal-with-interpreter": "Mündlich, mit Dolmetscherin",
  "consent.recordedHow.digital": "Digital",
  "consent.missing":
    "Sie hat hierfür keine Einwilligung gegeben. Fragen Sie sie zuerst und erfassen Sie ihre Einwilligung.",
  "consent.withdrawn": "Sie hat ihre Einwilligung hierfür widerrufen; es ist daher nicht möglich.",
  "consent.expired": "Ihre Einwilligung hierfür ist abgelaufen. Fragen Sie sie erneut, bevor Sie fortfahren.",
  "consent.error.recipientRequired": "Geben Sie an, wer ihre Daten erhält.",
  "consent.error.expiryBeforeGiven": "Das Ablaufdatum muss nach dem Datum der Einwilligung liegen.",
  "consent.error.withdrawnBeforeGiven": "Eine Einwilligung kann nicht vor ihrer Erteilung widerrufen werden.",
};

export const it: MessagesOf<typeof en> = {
  "consent.purpose.service-referral": "Invio a un servizio",
  "consent.purpose.data-sharing": "Condivisione dei suoi dati con un destinatario indicato",
  "consent.purpose.anonymised-reporting": "Inclusione in statistiche anonime",
  "consent.purpose.story-use": "Uso della sua storia o di citazioni",
  "consent.purpose.follow-up-contact": "Essere contattata dopo la chiusura del suo caso",
  "consent.recordedHow.written-signed": "Scritto e firmato",
  "consent.recordedHow.verbal-witnessed": "Verbale, con testimone",
  "consent.recordedHow.verbal-with-interpreter": "Verbale, con interprete",
  "consent.recordedHow.digital": "Digitale",
  "consent.missing": "Non ha dato il consenso per questo. Chiedi prima a lei e registra il suo consenso.",
  "consent.withdrawn": "Ha revocato il consenso per questo, quindi non è possibile procedere.",
  "consent.expired": "Il suo consenso per questo è scaduto. Chiedi di nuovo prima di procedere.",
  "consent.error.recipientRequired": "Indica chi riceve i suoi dati.",
  "consent.error.expiryBeforeGiven": "La data di scadenza deve essere successiva alla data del consenso.",
  "consent.error.withdrawnBeforeGiven": "Il consenso non può essere revocato prima di essere dato.",
};

export const el: MessagesOf<typeof en> = {
  "consent.purpose.service-referral": "Παραπομπή σε υπηρεσία",
  "consent.purpose.data-sharing": "Κοινοποίηση των δεδομένων της σε κατονομαζόμενο αποδέκτη",
  "consent.purpose.anonymised-reporting": "Καταμέτρηση σε ανωνυμοποιημένα στατιστικά",
  "consent.purpose.story-use": "Χρήση της ιστορίας της ή αποσπασμάτων των λόγων της",
  "consent.purpose.follow-up-contact": "Επικοινωνία μαζί της μετά το κλείσιμο της υπόθεσής της",
  "consent.recordedHow.written-signed": "Γραπτή και υπογεγραμμένη",
  "consent.recordedHow.verbal-witnessed": "Προφορική, με μάρτυρα",
  "consent.recordedHow.verbal-with-interpreter": "Προφορική, με διερμηνέα",
  "consent.recordedHow.digital": "Ψηφιακή",
  "consent.missing": "Δεν έχει δώσει συγκατάθεση για αυτό. Ρωτήστε την πρώτα και καταχωρίστε τη συγκατάθεσή της.",
  "consent.withdrawn": "Έχει ανακαλέσει τη συγκατάθεσή της για αυτό, γι' αυτό δεν μπορεί να γίνει.",
  "consent.expired": "Η συγκατάθεσή της για αυτό έχει λήξει. Ρωτήστε την ξανά πριν προχωρήσετε.",
  "consent.error.recipientRequired": "Αναφέρετε ποιος λαμβάνει τα δεδομένα της.",
  "consent.error.expiryBeforeGiven": "Η ημερομηνία λήξης πρέπει να είναι μετά την ημερομηνία που δόθηκε η συγκατάθεση.",
  "consent.error.withdrawnBeforeGiven": "Η συγκατάθεση δεν μπορεί να ανακληθεί πριν δοθεί.",
};

export const es: MessagesOf<typeof en> = {
  "consent.purpose.service-referral": "Derivación a un servicio",
  "consent.purpose.data-sharing": "Cesión de sus datos a un destinatario concreto",
  "consent.purpose.anonymised-reporting": "Inclusión en estadísticas anonimizadas",
  "consent.purpose.story-use": "Uso de su historia o de citas suyas",
  "consent.purpose.follow-up-contact": "Contacto con ella tras el cierre de su caso",
  "consent.recordedHow.written-signed": "Por escrito y firmado",
  "consent.recordedHow.verbal-witnessed": "Verbal, ante testigo",
  "consent.recordedHow.verbal-with-interpreter": "Verbal, con intérprete",
  "consent.recordedHow.digital": "Digital",
  "consent.missing": "No ha dado su consentimiento para esto. Pregúntele primero y registre su consentimiento.",
  "consent.withdrawn": "Ha retirado su consentimiento para esto, así que no se puede hacer.",
  "consent.expired": "Su consentimiento para esto ha caducado. Vuelva a preguntarle antes de seguir.",
  "consent.error.recipientRequired": "Indique quién recibe sus datos.",
  "consent.error.expiryBeforeGiven":
    "La fecha de caducidad debe ser posterior a la fecha en que se dio el consentimiento.",
  "consent.error.withdrawnBeforeGiven": "El consentimiento no puede retirarse antes de haberse dado.",
};

export const fr: MessagesOf<typeof en> = {
  "consent.purpose.service-referral": "Orientation vers un service",
  "consent.purpose.data-sharing": "Transmission de ses données à un destinataire désigné",
  "consent.purpose.anonymised-reporting": "Prise en compte dans des statistiques anonymisées",
  "consent.purpose.story-use": "Utilisation de son histoire ou de ses propos",
  "consent.purpose.follow-up-contact": "Être recontactée après la clôture de son dossier",
  "consent.recordedHow.written-signed": "Écrit et signé",
  "consent.recordedHow.verbal-witnessed": "Oral, devant témoin",
  "consent.recordedHow.verbal-with-interpreter": "Oral, avec un·e interprète",
  "consent.recordedHow.digital": "Numérique",
  "consent.missing":
    "Elle n'a pas donné son consentement pour cela. Demandez-le-lui d'abord et enregistrez son consentement.",
  "consent.withdrawn": "Elle a retiré son consentement pour cela : ce n'est donc pas possible.",
  "consent.expired": "Son consentement pour cela a expiré. Redemandez-le-lui avant de continuer.",
  "consent.error.recipientRequired": "Indiquez qui reçoit ses données.",
  "consent.error.expiryBeforeGiven": "La date d'expiration doit être postérieure à la date du consentement.",
  "consent.error.withdrawnBeforeGiven": "Un consentement ne peut pas être retiré avant d'avoir été donné.",
};

export const ro: MessagesOf<typeof en> = {
  "consent.purpose.service-referral": "Referire către un serviciu",
  "consent.purpose.data-sharing": "Transmiterea datelor ei către un destinatar numit",
  "consent.purpose.anonymised-reporting": "Includerea în statistici anonimizate",
  "consent.purpose.story-use": "Folosirea poveștii sau a citatelor ei",
  "consent.purpose.follow-up-contact": "Să fie contactată după închiderea cazului ei",
  "consent.recordedHow.written-signed": "În scris și semnat",
  "consent.recordedHow.verbal-witnessed": "Verbal, în prezența unui martor",
  "consent.recordedHow.verbal-with-interpreter": "Verbal, cu interpret",
  "consent.recordedHow.digital": "Digital",
  "consent.missing":
    "Ea nu și-a dat consimțământul pentru aceasta. Întrebați-o mai întâi și înregistrați consimțământul ei.",
  "consent.withdrawn": "Ea și-a retras consimțământul pentru aceasta, așa că nu se poate face.",
  "consent.expired": "Consimțământul ei pentru aceasta a expirat. Întrebați-o din nou înainte de a continua.",
  "consent.error.recipientRequired": "Indicați cine primește datele ei.",
  "consent.error.expiryBeforeGiven": "Data expirării trebuie să fie după data la care a fost dat consimțământul.",
  "consent.error.withdrawnBeforeGiven": "Consimțământul nu poate fi retras înainte de a fi dat.",
};

export const bg: MessagesOf<typeof en> = {
  "consent.purpose.service-referral": "Насочване към услуга",
  "consent.purpose.data-sharing": "Споделяне на нейните данни с посочен получател",
  "consent.purpose.anonymised-reporting": "Отчитане в анонимизирана статистика",
  "consent.purpose.story-use": "Използване на нейната история или цитати",
  "consent.purpose.follow-up-contact": "Да бъде търсена след приключването на случая ѝ",
  "consent.recordedHow.written-signed": "Писмено и подписано",
  "consent.recordedHow.verbal-witnessed": "Устно, пред свидетел",
  "consent.recordedHow.verbal-with-interpreter": "Устно, с преводач",
  "consent.recordedHow.digital": "Цифрово",
  "consent.missing": "Тя не е дала съгласие за това. Първо я попитайте и запишете съгласието ѝ.",
  "consent.withdrawn": "Тя е оттеглила съгласието си за това, затова то не може да бъде направено.",
  "consent.expired": "Съгласието ѝ за това е изтекло. Попитайте я отново, преди да продължите.",
  "consent.error.recipientRequired": "Посочете кой получава нейните данни.",
  "consent.error.expiryBeforeGiven": "Датата на изтичане трябва да е след датата, на която е дадено съгласието.",
  "consent.error.withdrawnBeforeGiven": "Съгласието не може да бъде оттеглено преди да е дадено.",
};
