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

export const el: MessagesOf<typeof en> = {
  "retention.error.months": "Εισαγάγετε ακέραιο αριθμό μηνών από 1 έως 600.",
  "erasure.error.erased":
    "Αυτός ο φάκελος διαγράφηκε. Μένουν μόνο τα ανώνυμα στατιστικά· δεν μπορεί να προστεθεί ή να αλλάξει τίποτα.",
  "erasure.error.notClosed":
    "Κλείστε πρώτα την υπόθεσή της (οι λόγοι μετρούν στα στατιστικά) και μετά διαγράψτε τον φάκελο.",
  "erasure.reason.her-request": "Κατόπιν αιτήματός της",
  "erasure.reason.consent-withdrawn": "Ανακάλεσε τη συγκατάθεσή της για τον φάκελο",
  "erasure.reason.recorded-in-error": "Καταχωρίστηκε κατά λάθος",
  "erasure.reason.other": "Άλλο",
  "error.tooManyRequests": "Πάρα πολλά αιτήματα. Περιμένετε ένα λεπτό και δοκιμάστε ξανά.",
};

export const es: MessagesOf<typeof en> = {
  "retention.error.months": "Introduzca un número entero de meses, de 1 a 600.",
  "erasure.error.erased":
    "Este expediente se ha borrado. Solo quedan las estadísticas anónimas; no se puede añadir ni cambiar nada.",
  "erasure.error.notClosed":
    "Cierre primero su caso (los motivos cuentan en las estadísticas) y después borre el expediente.",
  "erasure.reason.her-request": "A petición suya",
  "erasure.reason.consent-withdrawn": "Retiró su consentimiento para los registros",
  "erasure.reason.recorded-in-error": "Registrado por error",
  "erasure.reason.other": "Otro",
  "error.tooManyRequests": "Demasiadas peticiones. Espere un minuto y vuelva a intentarlo.",
};

export const fr: MessagesOf<typeof en> = {
  "retention.error.months": "Saisissez un nombre entier de mois, de 1 à 600.",
  "erasure.error.erased":
    "Ce dossier a été effacé. Seules les statistiques anonymes restent ; rien ne peut être ajouté ni modifié.",
  "erasure.error.notClosed":
    "Clôturez d'abord son dossier (les motifs comptent dans les statistiques), puis effacez-le.",
  "erasure.reason.her-request": "À sa demande",
  "erasure.reason.consent-withdrawn": "Elle a retiré son consentement à la tenue du dossier",
  "erasure.reason.recorded-in-error": "Enregistré par erreur",
  "erasure.reason.other": "Autre",
  "error.tooManyRequests": "Trop de requêtes. Veuillez patienter une minute et réessayer.",
};

export const ro: MessagesOf<typeof en> = {
  "retention.error.months": "Introduceți un număr întreg de luni, între 1 și 600.",
  "erasure.error.erased":
    "Această fișă a fost ștearsă. Rămân doar statisticile anonime; nu se mai poate adăuga sau modifica nimic.",
  "erasure.error.notClosed": "Închideți mai întâi cazul ei (motivele contează în statistici), apoi ștergeți fișa.",
  "erasure.reason.her-request": "La cererea ei",
  "erasure.reason.consent-withdrawn": "Ea și-a retras consimțământul pentru păstrarea datelor",
  "erasure.reason.recorded-in-error": "Înregistrată din greșeală",
  "erasure.reason.other": "Altul",
  "error.tooManyRequests": "Prea multe cereri. Vă rugăm să așteptați un minut și să încercați din nou.",
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
