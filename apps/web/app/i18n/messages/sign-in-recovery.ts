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

export const el: Messages = {
  "secondFactor.recovery.title": "Δεν έχετε τηλέφωνο μαζί σας; Χρησιμοποιήστε κωδικό ανάκτησης",
  "secondFactor.recovery.code": "Ένας από τους κωδικούς ανάκτησής σας (π.χ. k3m9p-x2q7d)",
  "secondFactor.recovery.submit": "Σύνδεση με τον κωδικό ανάκτησης",
  "secondFactor.recovery.hint":
    "Κάθε κωδικός λειτουργεί μία φορά. Δημιουργήστε νέους κωδικούς στο «Ο λογαριασμός μου» όταν απομένουν λίγοι.",
  "secondFactor.approval.title": "Η σύνδεση δύο βημάτων χρειάζεται έγκριση από τη διαχείριση συστήματος",
  "secondFactor.continue": "Έχω φυλάξει τους κωδικούς ανάκτησης: συνέχεια",
  "secondFactor.signedIn": "Έχετε συνδεθεί: μεταβείτε στη δουλειά σας",
};

export const es: Messages = {
  "secondFactor.recovery.title": "¿No tiene el teléfono a mano? Use un código de recuperación",
  "secondFactor.recovery.code": "Uno de sus códigos de recuperación (como k3m9p-x2q7d)",
  "secondFactor.recovery.submit": "Iniciar sesión con el código de recuperación",
  "secondFactor.recovery.hint":
    "Cada código funciona una vez. Genere códigos nuevos en «Mi cuenta» cuando le queden pocos.",
  "secondFactor.approval.title": "El inicio de sesión en dos pasos necesita la aprobación de la administración",
  "secondFactor.continue": "He guardado mis códigos de recuperación: continuar",
  "secondFactor.signedIn": "Ha iniciado sesión: vaya a su trabajo",
};

export const fr: Messages = {
  "secondFactor.recovery.title": "Pas de téléphone sous la main ? Utilisez un code de secours",
  "secondFactor.recovery.code": "L'un de vos codes de secours (comme k3m9p-x2q7d)",
  "secondFactor.recovery.submit": "Se connecter avec le code de secours",
  "secondFactor.recovery.hint":
    "Chaque code ne fonctionne qu'une fois. Créez de nouveaux codes dans « Mon compte » quand il en reste peu.",
  "secondFactor.approval.title": "La connexion en deux étapes nécessite l'approbation d'un·e administrateur·rice",
  "secondFactor.continue": "J'ai conservé mes codes de secours : continuer",
  "secondFactor.signedIn": "Vous êtes connecté·e : accédez à votre travail",
};

export const ro: Messages = {
  "secondFactor.recovery.title": "Nu aveți telefonul la îndemână? Folosiți un cod de recuperare",
  "secondFactor.recovery.code": "Unul dintre codurile dumneavoastră de recuperare (de exemplu k3m9p-x2q7d)",
  "secondFactor.recovery.submit": "Autentificare cu codul de recuperare",
  "secondFactor.recovery.hint":
    "Fiecare cod funcționează o singură dată. Generați coduri noi din „Contul meu” când au rămas puține.",
  "secondFactor.approval.title": "Autentificarea în doi pași necesită aprobarea unui administrator",
  "secondFactor.continue": "Am păstrat codurile de recuperare: continuare",
  "secondFactor.signedIn": "Sunteți autentificat(ă): mergeți la activitatea dumneavoastră",
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
