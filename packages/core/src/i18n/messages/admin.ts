import type { MessagesOf } from "../message-types.ts";

/** Users and organisation settings. */
export const en = {
  "organisation.error.nameTaken":
    "Another organisation on this installation already has this name. Choose another one.",
  "admin.alreadyMember": "This person is already a member of your organisation.",
  "admin.passwordTooShort": "The first password needs at least 12 characters.",
  "admin.notOwnMembership": "You cannot change your own role or deactivate yourself. Ask another administrator.",
  "organisation.error.timeZone": "Choose a time zone from the list, such as Europe/Berlin.",
  "organisation.error.country": "Give the country as its two-letter code, such as DE or IT.",
  "admin.twoStep.enrolYourselfFirst":
    "Turn on two-step sign-in for yourself (My account) before requiring it of administrators.",
  "admin.twoStep.notOwnReset":
    "You cannot reset your own two-step sign-in here: another administrator must do it (a stolen session must never be able to remove your second factor).",
  "admin.twoStep.resetElsewhere":
    "Her account is also used by another organisation: her two-step sign-in cannot be reset from here. Ask her to use one of her recovery codes, or the other organisation's administrator.",
  "admin.twoStep.notEnrolled": "She has no two-step sign-in to reset.",
  "admin.twoStep.alreadyEnrolled": "She already uses two-step sign-in: there is nothing to approve.",
  "auth.enrolmentNeedsApproval":
    "Your organisation requires two-step sign-in for your role. Ask an administrator to approve setting it up, then sign in again.",
} as const;

export const de: MessagesOf<typeof en> = {
  "organisation.error.nameTaken":
    "Eine andere Organisation auf dieser Installation hat bereits diesen Namen. Wählen Sie einen anderen.",
  "admin.alreadyMember": "Diese Person ist bereits Mitglied Ihrer Organisation.",
  "admin.passwordTooShort": "Das erste Passwort braucht mindestens 12 Zeichen.",
  "admin.notOwnMembership":
    "Sie können Ihre eigene Rolle nicht ändern und sich nicht selbst deaktivieren. Bitten Sie eine andere Administratorin.",
  "organisation.error.timeZone": "Wählen Sie eine Zeitzone aus der Liste, etwa Europe/Berlin.",
  "organisation.error.country": "Geben Sie das Land mit seinem zweistelligen Code an, etwa DE oder IT.",
  "admin.twoStep.enrolYourselfFirst":
    "Schalten Sie die Zwei-Schritt-Anmeldung zuerst für sich selbst ein (Mein Konto), bevor Sie sie für Administratorinnen verlangen.",
  "admin.twoStep.notOwnReset":
    "Ihre eigene Zwei-Schritt-Anmeldung können Sie hier nicht zurücksetzen: Das muss eine andere Administratorin tun (eine gestohlene Sitzung darf Ihren zweiten Faktor nie entfernen können).",
  "admin.twoStep.resetElsewhere":
    "Ihr Konto wird auch von einer anderen Organisation genutzt: Ihre Zwei-Schritt-Anmeldung kann nicht von hier zurückgesetzt werden. Bitten Sie sie, einen ihrer Wiederherstellungscodes zu verwenden, oder wenden Sie sich an die Administration der anderen Organisation.",
  "admin.twoStep.notEnrolled": "Sie hat keine Zwei-Schritt-Anmeldung, die zurückgesetzt werden könnte.",
  "admin.twoStep.alreadyEnrolled": "Sie nutzt die Zwei-Schritt-Anmeldung bereits: Es gibt nichts freizugeben.",
  "auth.enrolmentNeedsApproval":
    "Ihre Organisation verlangt für Ihre Rolle die Zwei-Schritt-Anmeldung. Bitten Sie eine Administratorin, die Einrichtung freizugeben, und melden Sie sich dann erneut an.",
};

export const it: MessagesOf<typeof en> = {
  "organisation.error.nameTaken":
    "Un'altra organizzazione su questa installazione ha già questo nome. Scegline un altro.",
  "admin.alreadyMember": "Questa persona fa già parte della tua organizzazione.",
  "admin.passwordTooShort": "La prima password deve avere almeno 12 caratteri.",
  "admin.notOwnMembership":
    "Non puoi cambiare il tuo ruolo né disattivarti. Chiedi a un'altra persona dell'amministrazione.",
  "organisation.error.timeZone": "Scegli un fuso orario dall'elenco, per esempio Europe/Rome.",
  "organisation.error.country": "Indica il paese con il suo codice di due lettere, per esempio DE o IT.",
  "admin.twoStep.enrolYourselfFirst":
    "Attiva prima l'accesso in due passaggi per te (Il mio account), poi richiedilo all'amministrazione.",
  "admin.twoStep.notOwnReset":
    "Non puoi reimpostare qui il tuo accesso in due passaggi: deve farlo un'altra amministratrice (una sessione rubata non deve mai poter rimuovere il tuo secondo fattore).",
  "admin.twoStep.resetElsewhere":
    "Il suo account è usato anche da un'altra organizzazione: il suo accesso in due passaggi non può essere reimpostato da qui. Chiedile di usare uno dei suoi codici di recupero, oppure rivolgiti all'amministrazione dell'altra organizzazione.",
  "admin.twoStep.notEnrolled": "Non ha un accesso in due passaggi da reimpostare.",
  "admin.twoStep.alreadyEnrolled": "Usa già l'accesso in due passaggi: non c'è nulla da approvare.",
  "auth.enrolmentNeedsApproval":
    "La tua organizzazione richiede l'accesso in due passaggi per il tuo ruolo. Chiedi all'amministrazione di approvarne l'attivazione, poi accedi di nuovo.",
};

export const bg: MessagesOf<typeof en> = {
  "organisation.error.nameTaken": "Друга организация в тази инсталация вече има това име. Изберете друго.",
  "admin.alreadyMember": "Това лице вече е член на Вашата организация.",
  "admin.passwordTooShort": "Първата парола трябва да има поне 12 знака.",
  "admin.notOwnMembership":
    "Не можете да промените собствената си роля или да деактивирате себе си. Обърнете се към друг администратор.",
  "organisation.error.timeZone": "Изберете часова зона от списъка, например Europe/Berlin.",
  "organisation.error.country": "Посочете държавата с двубуквения ѝ код, например DE или IT.",
  "admin.twoStep.enrolYourselfFirst":
    "Включете влизане в две стъпки за себе си (Моят профил), преди да го изисквате от администраторите.",
  "admin.twoStep.notOwnReset":
    "Тук не можете да нулирате собственото си влизане в две стъпки: това трябва да направи друг администратор (откраднатата сесия никога не бива да може да премахне втория Ви фактор).",
  "admin.twoStep.resetElsewhere":
    "Нейният профил се използва и от друга организация: влизането ѝ в две стъпки не може да бъде нулирано оттук. Помолете я да използва един от кодовете си за възстановяване или се обърнете към администратора на другата организация.",
  "admin.twoStep.notEnrolled": "Тя няма влизане в две стъпки за нулиране.",
  "admin.twoStep.alreadyEnrolled": "Тя вече използва влизане в две стъпки: няма какво да се одобрява.",
  "auth.enrolmentNeedsApproval":
    "Вашата организация изисква влизане в две стъпки за Вашата роля. Помолете администратор да одобри настройването му, след това влезте отново.",
};
