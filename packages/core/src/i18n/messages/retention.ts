import type { MessagesOf } from "../message-types.ts";

// Retention, erasure, subject access and rate limits (issue 7).
export const en = {
  "retention.error.months": "Enter a whole number of months from 1 to 600.",
  "erasure.error.erased":
    "This record was erased. Only the anonymous statistics remain; nothing can be added or changed.",
  "erasure.error.notClosed": "Close her case first (the reasons count in the statistics), then erase the record.",
  "erasure.reason.her-request": "At her request",
  "erasure.reason.consent-withdrawn": "She withdrew her consent to the records",
  "erasure.reason.recorded-in-error": "Recorded in error",
  "erasure.reason.other": "Other",
  "error.tooManyRequests": "Too many requests. Please wait a minute and try again.",
} as const;

export const de: MessagesOf<typeof en> = {
  "retention.error.months": "Geben Sie eine ganze Zahl von Monaten zwischen 1 und 600 ein.",
  "erasure.error.erased":
    "Diese Akte wurde gelöscht. Nur die anonymen Statistiken bleiben; nichts kann hinzugefügt oder geändert werden.",
  "erasure.error.notClosed":
    "Schließen Sie zuerst ihren Fall ab (die Gründe zählen in der Statistik) und löschen Sie dann die Akte.",
  "erasure.reason.her-request": "Auf ihren Wunsch",
  "erasure.reason.consent-withdrawn": "Sie hat ihre Einwilligung zur Aktenführung widerrufen",
  "erasure.reason.recorded-in-error": "Irrtümlich erfasst",
  "erasure.reason.other": "Sonstiges",
  "error.tooManyRequests": "Zu viele Anfragen. Bitte warten Sie eine Minute und versuchen Sie es erneut.",
};

export const it: MessagesOf<typeof en> = {
  "retention.error.months": "Inserisci un numero intero di mesi da 1 a 600.",
  "erasure.error.erased":
    "Questa cartella è stata cancellata. Restano solo le statistiche anonime; non si può aggiungere né modificare nulla.",
  "erasure.error.notClosed": "Chiudi prima il suo caso (i motivi contano nelle statistiche), poi cancella la cartella.",
  "erasure.reason.her-request": "Su sua richiesta",
  "erasure.reason.consent-withdrawn": "Ha revocato il consenso alla tenuta della cartella",
  "erasure.reason.recorded-in-error": "Registrato per errore",
  "erasure.reason.other": "Altro",
  "error.tooManyRequests": "Troppe richieste. Attendi un minuto e riprova.",
};

export const bg: MessagesOf<typeof en> = {
  "retention.error.months": "Въведете цял брой месеци от 1 до 600.",
  "erasure.error.erased":
    "Този запис е заличен. Остава само анонимната статистика; нищо не може да се добавя или променя.",
  "erasure.error.notClosed":
    "Първо приключете нейния случай (причините се отчитат в статистиката), след това заличете записа.",
  "erasure.reason.her-request": "По нейно искане",
  "erasure.reason.consent-withdrawn": "Тя оттегли съгласието си за записите",
  "erasure.reason.recorded-in-error": "Записано по грешка",
  "erasure.reason.other": "Друго",
  "error.tooManyRequests": "Твърде много заявки. Моля, изчакайте минута и опитайте отново.",
};
