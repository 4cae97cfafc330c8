import type { MessagesOf } from "../message-types.ts";

// The web surface's refusals and the reference shown with an unexpected error (issue 14).
export const en = {
  "error.crossSite": "This form was sent from outside GeSIM Planner and was refused.",
  "error.requestTooLarge": "What you sent is too large. Shorten the text or send it in parts.",
  "error.reference": "If this keeps happening, give your administrator this reference: {{id}}",
  "caseload.searchExpired": "That search has expired. Search again.",
} as const;

export const de: MessagesOf<typeof en> = {
  "error.crossSite": "Dieses Formular wurde von außerhalb von GeSIM Planner gesendet und abgelehnt.",
  "error.requestTooLarge": "Das Gesendete ist zu groß. Kürzen Sie den Text oder senden Sie ihn in Teilen.",
  "error.reference": "Wenn das wieder passiert, nennen Sie Ihrer Administration diese Referenz: {{id}}",
  "caseload.searchExpired": "Diese Suche ist abgelaufen. Bitte suchen Sie erneut.",
};

export const it: MessagesOf<typeof en> = {
  "error.crossSite": "Questo modulo è stato inviato dall'esterno di GeSIM Planner ed è stato rifiutato.",
  "error.requestTooLarge": "Quanto inviato è troppo grande. Accorcia il testo o invialo in più parti.",
  "error.reference": "Se succede ancora, comunica all'amministrazione questo riferimento: {{id}}",
  "caseload.searchExpired": "Questa ricerca è scaduta. Cerca di nuovo.",
};

export const el: MessagesOf<typeof en> = {
  "error.crossSite": "Αυτή η φόρμα στάλθηκε εκτός του GeSIM Planner και απορρίφθηκε.",
  "error.requestTooLarge": "Αυτό που στείλατε είναι πολύ μεγάλο. Συντομεύστε το κείμενο ή στείλτε το σε μέρη.",
  "error.reference": "Αν αυτό επαναλαμβάνεται, δώστε στη διαχείριση συστήματος αυτόν τον κωδικό αναφοράς: {{id}}",
  "caseload.searchExpired": "Η αναζήτηση έληξε. Αναζητήστε ξανά.",
};

export const es: MessagesOf<typeof en> = {
  "error.crossSite": "Este formulario se envió desde fuera de GeSIM Planner y se ha rechazado.",
  "error.requestTooLarge": "Lo que ha enviado es demasiado grande. Acorte el texto o envíelo por partes.",
  "error.reference": "Si esto sigue ocurriendo, facilite esta referencia a la administración: {{id}}",
  "caseload.searchExpired": "Esa búsqueda ha caducado. Vuelva a buscar.",
};

export const fr: MessagesOf<typeof en> = {
  "error.crossSite": "Ce formulaire a été envoyé depuis l'extérieur de GeSIM Planner et a été refusé.",
  "error.requestTooLarge":
    "Ce que vous avez envoyé est trop volumineux. Raccourcissez le texte ou envoyez-le en plusieurs fois.",
  "error.reference": "Si cela se reproduit, donnez cette référence à votre administrateur·rice : {{id}}",
  "caseload.searchExpired": "Cette recherche a expiré. Relancez-la.",
};

export const ro: MessagesOf<typeof en> = {
  "error.crossSite": "Acest formular a fost trimis din afara GeSIM Planner și a fost refuzat.",
  "error.requestTooLarge": "Ceea ce ați trimis este prea mare. Scurtați textul sau trimiteți-l în părți.",
  "error.reference": "Dacă problema persistă, comunicați administratorului această referință: {{id}}",
  "caseload.searchExpired": "Căutarea a expirat. Căutați din nou.",
};

export const bg: MessagesOf<typeof en> = {
  "error.crossSite": "Този формуляр е изпратен извън GeSIM Planner и е отхвърлен.",
  "error.requestTooLarge": "Изпратеното е твърде голямо. Съкратете текста или го изпратете на части.",
  "error.reference": "Ако това се повтаря, дайте на администратора следния номер: {{id}}",
  "caseload.searchExpired": "Търсенето е изтекло. Потърсете отново.",
};
