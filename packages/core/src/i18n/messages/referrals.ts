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

export const bg: MessagesOf<typeof en> = {
  "referral.status.sent": "Изпратено",
  "referral.status.accepted": "Прието",
  "referral.status.rejected": "Отказано",
  "referral.status.done": "Приключено",
  "referral.status.withdrawn": "Оттеглено",
  "referral.transitionNotAllowed": "Насочването не може да премине в този статус от текущия.",
  "referral.providerInactive": "Тази услуга вече не е в указателя. Изберете друга.",
};
