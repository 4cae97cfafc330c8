/** The second sign-in step's recovery code and enrolment approval (issue 17). */
export const en = {
  "secondFactor.recovery.title": "No phone at hand? Use a recovery code",
  "secondFactor.recovery.code": "One of your recovery codes (like k3m9p-x2q7d)",
  "secondFactor.recovery.submit": "Sign in with the recovery code",
  "secondFactor.recovery.hint": "Each code works once. Make new codes on “My account” when few are left.",
  "secondFactor.approval.title": "Two-step sign-in needs an administrator's approval",
  "secondFactor.continue": "I have kept my recovery codes: continue",
  "secondFactor.signedIn": "You are signed in: go to your work",
} as const;

type Messages = Record<keyof typeof en, string>;

export const de: Messages = {
  "secondFactor.recovery.title": "Kein Telefon zur Hand? Einen Wiederherstellungscode verwenden",
  "secondFactor.recovery.code": "Einer Ihrer Wiederherstellungscodes (etwa k3m9p-x2q7d)",
  "secondFactor.recovery.submit": "Mit dem Wiederherstellungscode anmelden",
  "secondFactor.recovery.hint":
    "Jeder Code funktioniert einmal. Erstellen Sie unter „Mein Konto“ neue Codes, wenn nur noch wenige übrig sind.",
  "secondFactor.approval.title": "Die Zwei-Schritt-Anmeldung braucht die Freigabe einer Administratorin",
  "secondFactor.continue": "Ich habe meine Wiederherstellungscodes aufbewahrt: weiter",
  "secondFactor.signedIn": "Sie sind angemeldet: weiter zu Ihrer Arbeit",
};

export const it: Messages = {
  "secondFactor.recovery.title": "Niente telefono? Usa un codice di recupero",
  "secondFactor.recovery.code": "Uno dei tuoi codici di recupero (come k3m9p-x2q7d)",
  "secondFactor.recovery.submit": "Accedi con il codice di recupero",
  "secondFactor.recovery.hint":
    "Ogni codice funziona una volta. Crea nuovi codici in «Il mio account» quando ne restano pochi.",
  "secondFactor.approval.title": "L'accesso in due passaggi richiede l'approvazione dell'amministrazione",
  "secondFactor.continue": "Ho conservato i miei codici di recupero: continua",
  "secondFactor.signedIn": "Hai effettuato l'accesso: vai al tuo lavoro",
};

export const bg: Messages = {
  "secondFactor.recovery.title": "Нямате телефон под ръка? Използвайте код за възстановяване",
  "secondFactor.recovery.code": "Един от Вашите кодове за възстановяване (например k3m9p-x2q7d)",
  "secondFactor.recovery.submit": "Вход с кода за възстановяване",
  "secondFactor.recovery.hint": "Всеки код работи веднъж. Създайте нови кодове в „Моят профил“, когато останат малко.",
  "secondFactor.approval.title": "Влизането в две стъпки изисква одобрение от администратор",
  "secondFactor.continue": "Запазих кодовете си за възстановяване: продължи",
  "secondFactor.signedIn": "Влезли сте: към работата",
};
