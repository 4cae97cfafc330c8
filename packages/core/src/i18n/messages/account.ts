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

export const el: MessagesOf<typeof en> = {
  "account.passwordTooShort": "Ο κωδικός πρόσβασης χρειάζεται τουλάχιστον 12 χαρακτήρες.",
  "account.passwordsDiffer": "Οι δύο νέοι κωδικοί πρόσβασης δεν είναι ίδιοι.",
  "account.passwordUnchanged": "Επιλέξτε κωδικό πρόσβασης διαφορετικό από τον τρέχοντα.",
  "account.currentPasswordWrong": "Ο τρέχων κωδικός πρόσβασης δεν είναι σωστός.",
  "account.mustChangePassword": "Επιλέξτε τον δικό σας κωδικό πρόσβασης πριν συνεχίσετε.",
  "account.totpNotEnabled": "Η σύνδεση δύο βημάτων δεν είναι ενεργή για τον λογαριασμό σας.",
  "account.recoveryCodeInvalid": "Αυτός ο κωδικός ανάκτησης δεν είναι έγκυρος ή έχει ήδη χρησιμοποιηθεί.",
  "setup.organisationRequired": "Εισαγάγετε το όνομα του οργανισμού.",
  "setup.organisationTooLong": "Το όνομα του οργανισμού είναι πολύ μεγάλο (έως 200 χαρακτήρες).",
  "setup.nameRequired": "Εισαγάγετε το όνομα του προσώπου που θα διαχειρίζεται το σύστημα.",
  "setup.nameTooLong": "Το όνομα είναι πολύ μεγάλο (έως 120 χαρακτήρες).",
  "setup.organisationExists": "Υπάρχει ήδη οργανισμός με αυτό το όνομα. Δεν άλλαξε τίποτα.",
  "setup.emailTaken": "Αυτή η διεύθυνση email έχει ήδη λογαριασμό. Χρησιμοποιήστε άλλη διεύθυνση. Δεν άλλαξε τίποτα.",
  "admin.passwordResetElsewhere":
    "Ο λογαριασμός αυτού του προσώπου χρησιμοποιείται και από άλλον οργανισμό, γι' αυτό μόνο η ίδια μπορεί να αλλάξει τον κωδικό του.",
};

export const es: MessagesOf<typeof en> = {
  "account.passwordTooShort": "La contraseña necesita al menos 12 caracteres.",
  "account.passwordsDiffer": "Las dos contraseñas nuevas no coinciden.",
  "account.passwordUnchanged": "Elija una contraseña distinta de la actual.",
  "account.currentPasswordWrong": "La contraseña actual no es correcta.",
  "account.mustChangePassword": "Elija su propia contraseña antes de continuar.",
  "account.totpNotEnabled": "El inicio de sesión en dos pasos no está activado en su cuenta.",
  "account.recoveryCodeInvalid": "Este código de recuperación no es válido o ya se ha usado.",
  "setup.organisationRequired": "Introduzca el nombre de la organización.",
  "setup.organisationTooLong": "El nombre de la organización es demasiado largo (200 caracteres como máximo).",
  "setup.nameRequired": "Introduzca el nombre de la persona administradora.",
  "setup.nameTooLong": "El nombre es demasiado largo (120 caracteres como máximo).",
  "setup.organisationExists": "Ya existe una organización con este nombre. No se ha cambiado nada.",
  "setup.emailTaken": "Esta dirección de correo ya tiene una cuenta. Use otra dirección. No se ha cambiado nada.",
  "admin.passwordResetElsewhere":
    "La cuenta de esta persona también la usa otra organización, así que solo ella puede cambiar su contraseña.",
};

export const fr: MessagesOf<typeof en> = {
  "account.passwordTooShort": "Le mot de passe doit compter au moins 12 caractères.",
  "account.passwordsDiffer": "Les deux nouveaux mots de passe ne sont pas identiques.",
  "account.passwordUnchanged": "Choisissez un mot de passe différent de l'actuel.",
  "account.currentPasswordWrong": "Le mot de passe actuel n'est pas correct.",
  "account.mustChangePassword": "Choisissez votre propre mot de passe avant de continuer.",
  "account.totpNotEnabled": "La connexion en deux étapes n'est pas activée pour votre compte.",
  "account.recoveryCodeInvalid": "Ce code de secours n'est pas valide ou a déjà été utilisé.",
  "setup.organisationRequired": "Saisissez le nom de l'organisation.",
  "setup.organisationTooLong": "Le nom de l'organisation est trop long (200 caractères au maximum).",
  "setup.nameRequired": "Saisissez le nom de l'administrateur·rice.",
  "setup.nameTooLong": "Le nom est trop long (120 caractères au maximum).",
  "setup.organisationExists": "Une organisation portant ce nom existe déjà. Rien n'a été modifié.",
  "setup.emailTaken": "Cette adresse e-mail a déjà un compte. Utilisez une autre adresse. Rien n'a été modifié.",
  "admin.passwordResetElsewhere":
    "Le compte de cette personne est aussi utilisé par une autre organisation : elle seule peut donc changer son mot de passe.",
};

export const ro: MessagesOf<typeof en> = {
  "account.passwordTooShort": "Parola trebuie să aibă cel puțin 12 caractere.",
  "account.passwordsDiffer": "Cele două parole noi nu sunt identice.",
  "account.passwordUnchanged": "Alegeți o parolă diferită de cea actuală.",
  "account.currentPasswordWrong": "Parola actuală nu este corectă.",
  "account.mustChangePassword": "Alegeți-vă propria parolă înainte de a continua.",
  "account.totpNotEnabled": "Autentificarea în doi pași nu este activată pentru contul dumneavoastră.",
  "account.recoveryCodeInvalid": "Acest cod de recuperare nu este valid sau a fost deja folosit.",
  "setup.organisationRequired": "Introduceți numele organizației.",
  "setup.organisationTooLong": "Numele organizației este prea lung (cel mult 200 de caractere).",
  "setup.nameRequired": "Introduceți numele administratorului.",
  "setup.nameTooLong": "Numele este prea lung (cel mult 120 de caractere).",
  "setup.organisationExists": "Există deja o organizație cu acest nume. Nu s-a modificat nimic.",
  "setup.emailTaken": "Această adresă de e-mail are deja un cont. Folosiți o altă adresă. Nu s-a modificat nimic.",
  "admin.passwordResetElsewhere":
    "Contul acestei persoane este folosit și de o altă organizație, așa că doar ea își poate schimba parola.",
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
