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
