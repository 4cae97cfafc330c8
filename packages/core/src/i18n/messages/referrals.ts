import type { MessagesOf } from "../message-types.ts";

/** Referrals to the service directory, and case notes. */
export const en = {
  "referral.status.sent": "Sent",
  "referral.status.accepted": "Accepted",
  "referral.status.rejected": "Rejected",
  "referral.status.done": "Done",
  "referral.status.withdrawn": "Withdrawn",
  "referral.transitionNotAllowed": "A referral cannot move to this status from where it is now.",
  "referral.providerInactive": "This service is no longer in the directory. Choose another one.",
} as const;

export const de: MessagesOf<typeof en> = {
  "referral.status.sent": "Gesendet",
  "referral.status.accepted": "Angenommen",
  "referral.status.rejected": "Abgelehnt",
  "referral.status.done": "Abgeschlossen",
  "referral.status.withdrawn": "Zurückgezogen",
  "referral.transitionNotAllowed": "Eine Vermittlung kann von ihrem jetzigen Stand nicht in diesen Status wechseln.",
  "referral.providerInactive": "Dieser Dienst ist nicht mehr im Verzeichnis. Wählen Sie einen anderen.",
};

export const it: MessagesOf<typeof en> = {
  "referral.status.sent": "Inviato",
  "referral.status.accepted": "Accettato",
  "referral.status.rejected": "Rifiutato",
  "referral.status.done": "Concluso",
  "referral.status.withdrawn": "Ritirato",
  "referral.transitionNotAllowed": "Un invio non può passare a questo stato da quello attuale.",
  "referral.providerInactive": "Questo servizio non è più nell'elenco. Scegline un altro.",
};

export const el: MessagesOf<typeof en> = {
  "referral.status.sent": "Στάλθηκε",
  "referral.status.accepted": "Έγινε δεκτή",
  "referral.status.rejected": "Απορρίφθηκε",
  "referral.status.done": "Ολοκληρώθηκε",
  "referral.status.withdrawn": "Ανακλήθηκε",
  "referral.transitionNotAllowed": "Η παραπομπή δεν μπορεί να περάσει σε αυτή την κατάσταση από την τρέχουσα.",
  "referral.providerInactive": "Αυτή η υπηρεσία δεν υπάρχει πλέον στον κατάλογο. Επιλέξτε άλλη.",
};

export const es: MessagesOf<typeof en> = {
  "referral.status.sent": "Enviada",
  "referral.status.accepted": "Aceptada",
  "referral.status.rejected": "Rechazada",
  "referral.status.done": "Finalizada",
  "referral.status.withdrawn": "Retirada",
  "referral.transitionNotAllowed": "Una derivación no puede pasar a este estado desde el estado en que está ahora.",
  "referral.providerInactive": "Este servicio ya no está en el directorio. Elija otro.",
};

export const fr: MessagesOf<typeof en> = {
  "referral.status.sent": "Envoyée",
  "referral.status.accepted": "Acceptée",
  "referral.status.rejected": "Refusée",
  "referral.status.done": "Terminée",
  "referral.status.withdrawn": "Retirée",
  "referral.transitionNotAllowed": "Une orientation ne peut pas passer à ce statut depuis son statut actuel.",
  "referral.providerInactive": "Ce service ne figure plus dans l'annuaire. Choisissez-en un autre.",
};

export const ro: MessagesOf<typeof en> = {
  "referral.status.sent": "Trimisă",
  "referral.status.accepted": "Acceptată",
  "referral.status.rejected": "Respinsă",
  "referral.status.done": "Finalizată",
  "referral.status.withdrawn": "Retrasă",
  "referral.transitionNotAllowed": "O referire nu poate trece în acest stadiu din stadiul în care se află acum.",
  "referral.providerInactive": "Acest serviciu nu mai este în registru. Alegeți un altul.",
};

export const bg: MessagesOf<typeof en> = {
  "referral.status.sent": "Изпратено",
  "referral.status.accepted": "Прието",
  "referral.status.rejected": "Отказано",
  "referral.status.done": "Приключено",
  "referral.status.withdrawn": "Оттеглено",
  "referral.transitionNotAllowed": "Насочването не може да премине в този статус от текущия.",
  "referral.providerInactive": "Тази услуга вече не е в указателя. Изберете друга.",
};
