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

export const bg: MessagesOf<typeof en> = {
  "error.crossSite": "Този формуляр е изпратен извън GeSIM Planner и е отхвърлен.",
  "error.requestTooLarge": "Изпратеното е твърде голямо. Съкратете текста или го изпратете на части.",
  "error.reference": "Ако това се повтаря, дайте на администратора следния номер: {{id}}",
  "caseload.searchExpired": "Търсенето е изтекло. Потърсете отново.",
};
