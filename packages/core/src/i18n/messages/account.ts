import type { MessagesOf } from "../message-types.ts";

/** Her own account (password, two-step sign-in) and the first-run set-up. */
export const en = {
  "account.passwordTooShort": "The password needs at least 12 characters.",
  "account.passwordsDiffer": "The two new passwords are not the same.",
  "account.passwordUnchanged": "Choose a password different from the current one.",
  "account.currentPasswordWrong": "The current password is not right.",
  "account.mustChangePassword": "Choose your own password before you continue.",
  "account.totpNotEnabled": "Two-step sign-in is not on for your account.",
  "account.recoveryCodeInvalid": "This recovery code is not valid or was already used.",
  "setup.organisationRequired": "Enter the organisation's name.",
  "setup.organisationTooLong": "The organisation's name is too long (200 characters at most).",
  "setup.nameRequired": "Enter the administrator's name.",
  "setup.nameTooLong": "The name is too long (120 characters at most).",
  "setup.organisationExists": "An organisation with this name already exists. Nothing was changed.",
  "setup.emailTaken": "This email address already has an account. Use another address. Nothing was changed.",
  "admin.passwordResetElsewhere":
    "This person's account is also used by another organisation, so only she can change its password.",
} as const;

export const de: MessagesOf<typeof en> = {
  "account.passwordTooShort": "Das Passwort braucht mindestens 12 Zeichen.",
  "account.passwordsDiffer": "Die beiden neuen Passwörter stimmen nicht überein.",
  "account.passwordUnchanged": "Wählen Sie ein anderes Passwort als das jetzige.",
  "account.currentPasswordWrong": "Das jetzige Passwort ist nicht richtig.",
  "account.mustChangePassword": "Wählen Sie Ihr eigenes Passwort, bevor Sie weitermachen.",
  "account.totpNotEnabled": "Die Zwei-Schritt-Anmeldung ist für Ihr Konto nicht aktiv.",
  "account.recoveryCodeInvalid": "Dieser Wiederherstellungscode ist ungültig oder wurde schon benutzt.",
  "setup.organisationRequired": "Geben Sie den Namen der Organisation ein.",
  "setup.organisationTooLong": "Der Name der Organisation ist zu lang (höchstens 200 Zeichen).",
  "setup.nameRequired": "Geben Sie den Namen der Administratorin ein.",
  "setup.nameTooLong": "Der Name ist zu lang (höchstens 120 Zeichen).",
  "setup.organisationExists": "Eine Organisation mit diesem Namen gibt es schon. Es wurde nichts geändert.",
  "setup.emailTaken":
    "Für diese E-Mail-Adresse gibt es schon ein Konto. Verwenden Sie eine andere Adresse. Es wurde nichts geändert.",
  "admin.passwordResetElsewhere":
    "Das Konto dieser Person wird auch von einer anderen Organisation genutzt; nur sie selbst kann das Passwort ändern.",
};

export const it: MessagesOf<typeof en> = {
  "account.passwordTooShort": "La password deve avere almeno 12 caratteri.",
  "account.passwordsDiffer": "Le due nuove password non coincidono.",
  "account.passwordUnchanged": "Scegli una password diversa da quella attuale.",
  "account.currentPasswordWrong": "La password attuale non è corretta.",
  "account.mustChangePassword": "Scegli la tua password prima di continuare.",
  "account.totpNotEnabled": "L'accesso in due passaggi non è attivo per il tuo account.",
  "account.recoveryCodeInvalid": "Questo codice di recupero non è valido o è già stato usato.",
  "setup.organisationRequired": "Inserisci il nome dell'organizzazione.",
  "setup.organisationTooLong": "Il nome dell'organizzazione è troppo lungo (al massimo 200 caratteri).",
  "setup.nameRequired": "Inserisci il nome dell'amministratrice.",
  "setup.nameTooLong": "Il nome è troppo lungo (al massimo 120 caratteri).",
  "setup.organisationExists": "Esiste già un'organizzazione con questo nome. Non è stato cambiato nulla.",
  "setup.emailTaken":
    "Esiste già un account con questo indirizzo email. Usa un altro indirizzo. Non è stato cambiato nulla.",
  "admin.passwordResetElsewhere":
    "L'account di questa persona è usato anche da un'altra organizzazione: solo lei può cambiarne la password.",
};

export const bg: MessagesOf<typeof en> = {
  "account.passwordTooShort": "Паролата трябва да има поне 12 знака.",
  "account.passwordsDiffer": "Двете нови пароли не съвпадат.",
  "account.passwordUnchanged": "Изберете парола, различна от текущата.",
  "account.currentPasswordWrong": "Текущата парола не е вярна.",
  "account.mustChangePassword": "Изберете своя собствена парола, преди да продължите.",
  "account.totpNotEnabled": "Влизането в две стъпки не е включено за Вашия профил.",
  "account.recoveryCodeInvalid": "Този код за възстановяване не е валиден или вече е използван.",
  "setup.organisationRequired": "Въведете името на организацията.",
  "setup.organisationTooLong": "Името на организацията е твърде дълго (най-много 200 знака).",
  "setup.nameRequired": "Въведете името на администратора.",
  "setup.nameTooLong": "Името е твърде дълго (най-много 120 знака).",
  "setup.organisationExists": "Вече съществува организация с това име. Нищо не е променено.",
  "setup.emailTaken": "Вече има профил с този имейл адрес. Използвайте друг адрес. Нищо не е променено.",
  "admin.passwordResetElsewhere":
    "Профилът на това лице се използва и от друга организация, затова само тя може да смени паролата му.",
};
