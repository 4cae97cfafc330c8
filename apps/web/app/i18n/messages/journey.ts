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
};
